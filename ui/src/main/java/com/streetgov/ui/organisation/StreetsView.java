package com.streetgov.ui.organisation;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.StreetSummary;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The streets of the user's own district, with what the reform model says of each: kind, zone,
 * population, and how many units its layout has today.
 */
@Route(value = "streets", layout = MainLayout.class)
@Menu(title = "nav.streets", order = 20)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class StreetsView extends VerticalLayout implements HasDynamicTitle {

    private final Optional<ReformModel> model;

    @Inject
    public StreetsView(DistrictDirectory directory, ReformModelService reformModels) {
        model = reformModels.current();
        Grid<StreetSummary> grid = new Grid<>();
        grid.setId("streets-grid");
        grid.addColumn(StreetSummary::name).setHeader(getTranslation("streets.name"));
        grid.addColumn(s -> profile(s)
                        .map(p -> getTranslation("streets.kind." + p.kind().name()))
                        .orElse("—"))
                .setHeader(getTranslation("streets.kind"));
        grid.addColumn(s -> profile(s).map(StreetProfile::zone).orElse("—")).setHeader(getTranslation("streets.zone"));
        grid.addColumn(s -> profile(s)
                        .map(StreetProfile::population)
                        .map(String::valueOf)
                        .orElse("—"))
                .setHeader(getTranslation("streets.population"));
        grid.addColumn(s -> profile(s)
                        .flatMap(p -> model.get().layoutOf(p.code(), LocalDate.now()))
                        .map(v -> getTranslation(
                                "streets.unitsToday", String.valueOf(v.units().size())))
                        .orElse(getTranslation("streets.notReformed")))
                .setHeader(getTranslation("streets.layoutToday"));
        grid.addColumn(s -> profile(s)
                        .filter(StreetProfile::tbc)
                        .map(p -> getTranslation("streets.tbc"))
                        .orElse(""))
                .setHeader("");
        grid.setItems(directory.streets());
        add(new H2(getTranslation("streets.title")), grid);
        setSizeFull();
    }

    private Optional<StreetProfile> profile(StreetSummary street) {
        return model.flatMap(m ->
                m.streets().stream().filter(p -> p.name().equals(street.name())).findFirst());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("streets.title");
    }
}
