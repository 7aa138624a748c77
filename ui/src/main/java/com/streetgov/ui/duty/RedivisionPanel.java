package com.streetgov.ui.duty;

import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.application.DutyListService.InvalidItemException;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyQuery;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.reform.domain.Unit;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.security.SignedInUser;
import com.streetgov.ui.shell.Translations;
import com.streetgov.ui.whatif.WhatIfPanels;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A street's own division of lead units (Luohu: the district fixes the departments, each street may
 * re-divide duties among them). Shown when the district allows it; a district admin may record it for
 * any street and switch the permission, street staff only for their own street.
 */
class RedivisionPanel extends Composite<VerticalLayout> {

    private final DutyListService service;
    private final SignedInUser user;
    private final Runnable afterChange;
    private final Span state = new Span();
    private final HorizontalLayout form = new HorizontalLayout();
    private final ComboBox<DutyItem> item = new ComboBox<>(DutyLabels.t("coverage.item"));
    private final MultiSelectComboBox<String> lead = new MultiSelectComboBox<>(DutyLabels.t("duties.lead"));
    private final Grid<StreetAssignment> assignments = new Grid<>();
    private final Span problem = new Span();
    private StreetProfile street;
    private Map<String, String> units = Map.of();

    RedivisionPanel(DutyListService service, SignedInUser user, Runnable afterChange, WhatIfPanels whatIf) {
        this.service = service;
        this.user = user;
        this.afterChange = afterChange;
        state.setId("redivision-state");
        item.setId("redivision-item");
        item.setItems(service.page(new DutyQuery(null, null, DutyLevel.STREET, null), 0, Integer.MAX_VALUE));
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setWidth("28em");
        lead.setId("redivision-lead");
        lead.setItemLabelGenerator(c -> units.getOrDefault(c, c));
        Button save = new Button(DutyLabels.t("duties.save"), e -> save());
        save.setId("redivision-save");
        problem.setId("redivision-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        form.add(item, lead, save, problem);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        assignments.setId("redivision-grid");
        assignments.addColumn(StreetAssignment::itemCode).setHeader(DutyLabels.t("coverage.item"));
        assignments.addColumn(a -> DutyUnits.names(units, a.leadUnits())).setHeader(DutyLabels.t("duties.lead"));
        assignments.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(new H3(DutyLabels.t("redivision.title")), state);
        if (user.hasRole(Role.DISTRICT_ADMIN)) {
            Checkbox allow = new Checkbox(DutyLabels.t("redivision.allow"), service.streetsMayRedivide());
            allow.setId("redivision-allow");
            allow.addValueChangeListener(e -> {
                service.allowStreetRedivision(e.getValue());
                show(street);
            });
            getContent().add(allow);
        }
        getContent().add(form);
        if (user.hasRole(Role.DISTRICT_ADMIN)) {
            getContent().add(whatIf.forRedivision("redivision-whatif", this::draft));
        }
        getContent().add(assignments);
    }

    void show(StreetProfile street) {
        this.street = street;
        if (street == null) {
            return;
        }
        units = new LinkedHashMap<>();
        for (Unit unit : service.layout(street.code(), LocalDate.now())) {
            units.put(unit.code(), unit.name());
        }
        lead.setItems(units.keySet());
        boolean allowed = service.streetsMayRedivide();
        boolean mine = user.hasRole(Role.DISTRICT_ADMIN)
                || user.street().filter(street.name()::equals).isPresent();
        state.setText(DutyLabels.t(
                !allowed ? "redivision.notAllowed" : mine ? "redivision.allowed" : "redivision.otherStreet",
                street.name()));
        form.setVisible(allowed && mine);
        assignments.setItems(service.assignments().stream()
                .filter(a -> a.street().equals(street.code()))
                .toList());
        problem.setText("");
    }

    /** The division the form holds, when a street and an item are chosen (what 试算影响 tries). */
    private Optional<StreetAssignment> draft() {
        return street == null || item.getValue() == null
                ? Optional.empty()
                : Optional.of(
                        new StreetAssignment(street.code(), item.getValue().code(), new ArrayList<>(lead.getValue())));
    }

    private void save() {
        if (item.getValue() == null) {
            problem.setText(DutyLabels.t("redivision.pickItem"));
            return;
        }
        try {
            service.reassign(
                    new StreetAssignment(street.code(), item.getValue().code(), new ArrayList<>(lead.getValue())),
                    user.hasRole(Role.DISTRICT_ADMIN)
                            ? Optional.empty()
                            : Optional.of(user.street().orElse("")));
        } catch (InvalidItemException e) {
            problem.setText(Translations.of(e.text()));
            return;
        }
        show(street);
        afterChange.run();
    }
}
