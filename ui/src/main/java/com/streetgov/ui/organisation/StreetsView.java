package com.streetgov.ui.organisation;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.StreetSummary;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** The streets of the user's own district. */
@Route(value = "streets", layout = MainLayout.class)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class StreetsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public StreetsView(DistrictDirectory directory) {
        Grid<StreetSummary> grid = new Grid<>();
        grid.setId("streets-grid");
        grid.addColumn(StreetSummary::name).setHeader(getTranslation("streets.name"));
        grid.setItems(directory.streets());
        add(new H2(getTranslation("streets.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("streets.title");
    }
}
