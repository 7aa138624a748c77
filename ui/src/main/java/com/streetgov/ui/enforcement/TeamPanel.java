package com.streetgov.ui.enforcement;

import com.streetgov.enforcement.application.EnforcementService;
import com.streetgov.enforcement.domain.AppointmentConsultation;
import com.streetgov.enforcement.domain.EnforcementTeam;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.SecondedStaff;
import com.streetgov.ui.platform.ComponentTexts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each street's comprehensive enforcement team: the domains it exercises, the staff seconded to it
 * and the consultations on appointments. District admins record new staff and consultations and
 * change a team's domains; street staff read.
 */
class TeamPanel extends Composite<VerticalLayout> {

    private final EnforcementService service;
    private final boolean admin;
    private final Runnable afterChange;
    private final Map<String, String> streets;
    private final Grid<EnforcementTeam> teams = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    TeamPanel(EnforcementService service, boolean admin, Runnable afterChange) {
        this.service = service;
        this.admin = admin;
        this.afterChange = afterChange;
        this.streets = service.streets();
        teams.setId("teams-grid");
        teams.addColumn(t -> streets.getOrDefault(t.street(), t.street())).setHeader(PowerLabels.t("teams.street"));
        teams.addColumn(EnforcementTeam::name)
                .setHeader(PowerLabels.t("teams.name"))
                .setFlexGrow(2);
        teams.addColumn(t ->
                        t.domains().stream().sorted().map(PowerLabels::domain).collect(Collectors.joining("、")))
                .setHeader(PowerLabels.t("teams.domains"))
                .setFlexGrow(2);
        teams.setHeight("14em");
        teams.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("team-detail");
        detail.setPadding(false);
        getContent().setPadding(false);
        getContent().add(teams, detail);
        teams.setItems(service.teams());
    }

    private void show(EnforcementTeam team) {
        detail.removeAll();
        if (team == null) {
            return;
        }
        detail.add(new H4(team.name()));
        if (admin) {
            MultiSelectComboBox<PowerDomain> domains = new MultiSelectComboBox<>(PowerLabels.t("teams.domains"));
            domains.setId("team-domains");
            domains.setItems(PowerDomain.values());
            domains.setItemLabelGenerator(PowerLabels::domain);
            domains.setValue(team.domains());
            domains.setWidth("32em");
            Button save = new Button(PowerLabels.t("duties.save"), e -> {
                service.saveTeam(new EnforcementTeam(team.street(), team.name(), domains.getValue()));
                teams.setItems(service.teams());
                afterChange.run();
            });
            save.setId("team-domains-save");
            detail.add(row(domains, save));
        }
        Grid<SecondedStaff> staff = new Grid<>();
        staff.setId("team-staff");
        staff.addColumn(SecondedStaff::name).setHeader(PowerLabels.t("teams.staffName"));
        staff.addColumn(SecondedStaff::agency).setHeader(PowerLabels.t("teams.agency"));
        staff.addColumn(s -> s.since().toString()).setHeader(PowerLabels.t("teams.since"));
        staff.setAllRowsVisible(true);
        staff.setItems(service.staff(team.street()));
        detail.add(new H4(PowerLabels.t("teams.staff")), staff);
        Grid<AppointmentConsultation> consultations = new Grid<>();
        consultations.setId("team-consultations");
        consultations.addColumn(c -> c.consultedOn().toString()).setHeader(PowerLabels.t("teams.consultedOn"));
        consultations.addColumn(AppointmentConsultation::post).setHeader(PowerLabels.t("teams.post"));
        consultations.addColumn(AppointmentConsultation::candidate).setHeader(PowerLabels.t("teams.candidate"));
        consultations.addColumn(AppointmentConsultation::agency).setHeader(PowerLabels.t("teams.agency"));
        consultations.addColumn(AppointmentConsultation::opinion).setHeader(PowerLabels.t("teams.opinion"));
        consultations.setAllRowsVisible(true);
        consultations.setItems(service.consultations(team.street()));
        if (admin) {
            TextField name = new TextField(PowerLabels.t("teams.staffName"));
            TextField agency = new TextField(PowerLabels.t("teams.agency"));
            DatePicker since = ComponentTexts.date(new DatePicker(PowerLabels.t("teams.since"), LocalDate.now()));
            Button add = new Button(PowerLabels.t("teams.second"), e -> {
                if (name.isEmpty() || agency.isEmpty() || since.isEmpty()) {
                    incomplete();
                    return;
                }
                service.second(
                        team.street(),
                        name.getValue().strip(),
                        agency.getValue().strip(),
                        since.getValue());
                staff.setItems(service.staff(team.street()));
            });
            detail.add(row(name, agency, since, add));
        }
        detail.add(new H4(PowerLabels.t("teams.consultations")), consultations);
        if (admin) {
            DatePicker on = ComponentTexts.date(new DatePicker(PowerLabels.t("teams.consultedOn"), LocalDate.now()));
            TextField post = new TextField(PowerLabels.t("teams.post"));
            TextField candidate = new TextField(PowerLabels.t("teams.candidate"));
            TextField agency = new TextField(PowerLabels.t("teams.agency"));
            TextField opinion = new TextField(PowerLabels.t("teams.opinion"));
            Button record = new Button(PowerLabels.t("teams.record"), e -> {
                if (on.isEmpty() || post.isEmpty() || candidate.isEmpty() || agency.isEmpty() || opinion.isEmpty()) {
                    incomplete();
                    return;
                }
                service.consult(
                        team.street(),
                        on.getValue(),
                        post.getValue().strip(),
                        candidate.getValue().strip(),
                        agency.getValue().strip(),
                        opinion.getValue().strip());
                consultations.setItems(service.consultations(team.street()));
            });
            detail.add(row(on, post, candidate, agency, opinion, record));
        }
    }

    private static void incomplete() {
        Notification.show(PowerLabels.t("teams.incomplete"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
