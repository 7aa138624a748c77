package com.streetgov.ui.organisation;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** Vendor screen: every district (tenant) on the platform. The one cross-district list. */
@Route(value = "vendor/districts", layout = MainLayout.class)
@Menu(title = "nav.districts", order = 240)
@RolesAllowed(Role.VENDOR_OPERATOR)
public class DistrictsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public DistrictsView(DistrictDirectory directory) {
        Grid<DistrictSummary> grid = new Grid<>();
        grid.setId("districts-grid");
        grid.addColumn(DistrictSummary::name).setHeader(getTranslation("districts.name"));
        grid.addColumn(DistrictSummary::id).setHeader(getTranslation("districts.id"));
        grid.addColumn(DistrictSummary::adcode).setHeader(getTranslation("districts.adcode"));
        grid.addColumn(d -> d.streetCount() == null ? getTranslation("shards.moving") : String.valueOf(d.streetCount()))
                .setHeader(getTranslation("districts.streets"));
        grid.setItems(directory.allDistricts());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                DistrictView.class,
                new RouteParameters(DistrictView.PARAMETER, e.getItem().id()))));
        add(new H2(getTranslation("districts.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("districts.title");
    }
}
