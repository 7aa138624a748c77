package com.streetgov.ui.duty;

import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.domain.Coverage;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.streetgov.ui.whatif.WhatIfPanels;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/**
 * Coverage report of one street's duty list on a date: counts by role and by area, then every problem
 * (no lead, two leads, a unit outside the layout, a unit with nothing to do) with a link to the item.
 */
@Route(value = "duties/coverage", layout = MainLayout.class)
@Menu(title = "nav.coverage", order = 140)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

    private final DutyListService service;
    private final Select<StreetProfile> street = new Select<>();
    private final DatePicker date = ComponentTexts.date(new DatePicker(LocalDate.now()));
    private final Span totals = new Span();
    private final HorizontalLayout roles = new HorizontalLayout();
    private final Grid<Map.Entry<String, Integer>> areas = new Grid<>();
    private final Grid<Coverage.Problem> problems = new Grid<>();
    private final Span clean = new Span();

    private final RedivisionPanel redivision;

    @Inject
    public CoverageView(DutyListService service, RoleAccessControl access, WhatIfPanels whatIf) {
        this.service = service;
        this.redivision = new RedivisionPanel(service, access.user(), this::refresh, whatIf);
        street.setId("coverage-street");
        street.setLabel(getTranslation("coverage.street"));
        street.setItems(service.streets());
        street.setItemLabelGenerator(StreetProfile::name);
        date.setId("coverage-date");
        date.setLabel(getTranslation("coverage.date"));
        street.addValueChangeListener(e -> refresh());
        date.addValueChangeListener(e -> refresh());
        totals.setId("coverage-totals");
        roles.setId("coverage-roles");
        areas.setId("coverage-areas");
        areas.addColumn(Map.Entry::getKey).setHeader(getTranslation("duties.area"));
        areas.addColumn(Map.Entry::getValue).setHeader(getTranslation("coverage.items"));
        areas.setAllRowsVisible(true);
        problems.setId("coverage-problems");
        problems.addColumn(p -> getTranslation("coverage.kind." + p.kind().name()))
                .setHeader(getTranslation("coverage.kind"))
                .setAutoWidth(true);
        problems.addColumn(p -> Translations.of(p.message()))
                .setHeader(getTranslation("coverage.problem"))
                .setFlexGrow(4);
        problems.addComponentColumn(p -> {
                    if (p.itemCode() == null) {
                        return new Span();
                    }
                    RouterLink link = new RouterLink(p.itemCode(), DutyListView.class);
                    link.setQueryParameters(QueryParameters.of("item", p.itemCode()));
                    link.addClassName("coverage-item-link");
                    return link;
                })
                .setHeader(getTranslation("coverage.item"))
                .setAutoWidth(true);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        clean.setId("coverage-clean");
        HorizontalLayout pick = new HorizontalLayout(street, date);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("coverage.title")),
                pick,
                totals,
                roles,
                new H3(getTranslation("coverage.problems")),
                clean,
                problems,
                new H3(getTranslation("coverage.byArea")),
                areas,
                redivision);
        service.streets().stream().findFirst().ifPresent(street::setValue);
    }

    private void refresh() {
        if (street.getValue() == null || date.getValue() == null) {
            return;
        }
        Coverage coverage = service.coverage(street.getValue().code(), date.getValue());
        totals.setText(getTranslation(
                "coverage.totals",
                street.getValue().name(),
                date.getValue().toString(),
                String.valueOf(coverage.activeItems()),
                String.valueOf(coverage.problems().size())));
        roles.removeAll();
        for (DutyRole role : DutyRole.values()) {
            Span badge =
                    new Span(DutyLabels.role(role) + " " + coverage.byRole().getOrDefault(role, 0));
            badge.getElement().getThemeList().add("badge");
            badge.setId("coverage-role-" + role.name());
            roles.add(badge);
        }
        areas.setItems(coverage.byArea().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList());
        problems.setItems(coverage.problems());
        // Hidden by style, not setVisible: the element stays in the page for readers and tests.
        problems.getStyle().set("display", coverage.problems().isEmpty() ? "none" : null);
        clean.setText(coverage.problems().isEmpty() ? getTranslation("coverage.clean") : "");
        redivision.show(street.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title");
    }
}
