package com.streetgov.ui.duty;

import com.streetgov.duty.application.AdmissionService;
import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.domain.AdmissionApplication.Status;
import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.MovementRegister;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The admission (准入) register and its workflow: the district's policy, every application with its
 * decision clock and the step it may take next (district admins), a check whether a street may refuse
 * a task, what moved between levels, and the working-day calendar.
 */
@Route(value = "duties/admission", layout = MainLayout.class)
@Menu(title = "nav.admission", order = 150)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class AdmissionView extends VerticalLayout implements HasDynamicTitle {

    private final AdmissionService service;
    private final DutyListService dutyList;
    private final String actor;
    private final boolean admin;
    private final Span policy = new Span();
    private final Grid<AdmissionEntry> grid = new Grid<>();
    private final Grid<MovementRegister.Row> movements = new Grid<>();

    @Inject
    public AdmissionView(AdmissionService service, DutyListService dutyList, RoleAccessControl access) {
        this.service = service;
        this.dutyList = dutyList;
        this.actor = access.user().username();
        this.admin = access.user().hasRole(Role.DISTRICT_ADMIN);
        policy.setId("admission-policy");
        grid.setId("admission-grid");
        grid.addColumn(e -> e.code())
                .setHeader(getTranslation("admission.code"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.application().task())
                .setHeader(getTranslation("admission.task"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.application().department()).setHeader(getTranslation("admission.department"));
        grid.addColumn(e -> DutyLabels.level(e.application().targetLevel()))
                .setHeader(getTranslation("admission.target"));
        grid.addColumn(e -> e.application().appliedOn().toString()).setHeader(getTranslation("admission.appliedOn"));
        grid.addColumn(e -> e.application().requestedEffectiveFrom().toString())
                .setHeader(getTranslation("admission.effectiveFrom"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("admission.decisionDue"));
        grid.addComponentColumn(e -> {
                    Span status = new Span(DutyLabels.status(e.application().status()));
                    status.getElement().getThemeList().add("badge");
                    status.addClassName("admission-status");
                    return status;
                })
                .setHeader(getTranslation("admission.status"));
        if (admin) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        movements.setId("admission-movements");
        movements.addColumn(r -> DutyLabels.movement(r.movement())).setHeader(getTranslation("duties.movement"));
        movements.addColumn(r -> DutyLabels.level(r.level())).setHeader(getTranslation("duties.level"));
        movements.addColumn(MovementRegister.Row::categories).setHeader(getTranslation("admission.categories"));
        movements.addColumn(MovementRegister.Row::items).setHeader(getTranslation("coverage.items"));
        movements.setAllRowsVisible(true);

        add(new H2(getTranslation("admission.title")), policyRow());
        if (admin) {
            Button apply = new Button(getTranslation("admission.new"), e -> new AdmissionDialog(
                            service, DutyUnits.of(dutyList), dutyList.areas(), actor, this::refresh)
                    .open());
            apply.setId("admission-new");
            add(apply);
        }
        add(grid, refusalCheck(), new H3(getTranslation("admission.movements")), movements);
        Details calendar = new Details(getTranslation("calendar.title"), new CalendarPanel(service, admin));
        calendar.setId("admission-calendar");
        add(calendar);
        refresh();
    }

    private Component policyRow() {
        HorizontalLayout row = new HorizontalLayout(policy);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (admin) {
            IntegerField notice = new IntegerField(getTranslation("admission.notice"));
            notice.setId("admission-notice");
            notice.setMin(0);
            IntegerField decision = new IntegerField(getTranslation("admission.decision"));
            decision.setId("admission-decision");
            decision.setMin(0);
            AdmissionPolicy current = service.policy();
            notice.setValue(current.noticeWorkingDays());
            decision.setValue(current.decisionWorkingDays());
            Button save = new Button(getTranslation("duties.save"), e -> {
                if (notice.getValue() == null
                        || decision.getValue() == null
                        || notice.getValue() < 0
                        || decision.getValue() < 0) {
                    show(getTranslation("admission.policyInvalid"), true);
                    return;
                }
                service.setPolicy(new AdmissionPolicy(notice.getValue(), decision.getValue()));
                show(getTranslation("admission.policySaved"), false);
                refresh();
            });
            save.setId("admission-policy-save");
            row.add(notice, decision, save);
        }
        return row;
    }

    private Component refusalCheck() {
        TextField task = new TextField(getTranslation("admission.checkTask"));
        task.setId("refusal-task");
        task.setWidth("24em");
        DatePicker on = ComponentTexts.date(new DatePicker(getTranslation("admission.checkOn"), LocalDate.now()));
        on.setId("refusal-on");
        Span result = new Span();
        result.setId("refusal-result");
        Button check = new Button(
                getTranslation("admission.check"),
                e -> result.setText(
                        service.refusal(task.getValue(), on.getValue() == null ? LocalDate.now() : on.getValue())
                                .map(Translations::of)
                                .orElse(getTranslation(
                                        "admission.mustTake", task.getValue().strip()))));
        check.setId("refusal-check");
        HorizontalLayout row = new HorizontalLayout(task, on, check, result);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(new H3(getTranslation("admission.refusalTitle")), row);
    }

    private Component due(AdmissionEntry e) {
        Span due = new Span(e.application().decisionDue().toString());
        if (e.application().decisionOverdue(LocalDate.now())) {
            due.setText(due.getText() + " " + getTranslation("admission.overdue"));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    private Component actions(AdmissionEntry e) {
        HorizontalLayout buttons = new HorizontalLayout();
        Status status = e.application().status();
        if (status == Status.APPLIED) {
            buttons.add(step("review", e, () -> service.review(e.code(), actor)));
        } else if (status == Status.REVIEWED) {
            buttons.add(step("approve", e, () -> service.decide(e.code(), true, actor)));
            buttons.add(step("reject", e, () -> service.decide(e.code(), false, actor)));
        } else if (status == Status.APPROVED) {
            buttons.add(step("admit", e, () -> service.admit(e.code(), actor)));
        } else if (status == Status.ADMITTED) {
            buttons.add(step("revoke", e, () -> service.revoke(e.code(), LocalDate.now(), actor)));
        }
        return buttons;
    }

    private interface Action {
        void run() throws RefusedException;
    }

    private Button step(String name, AdmissionEntry e, Action action) {
        Button button = new Button(getTranslation("admission." + name), click -> {
            try {
                action.run();
                show(getTranslation("admission.done", e.code(), getTranslation("admission." + name)), false);
            } catch (RefusedException refused) {
                show(Translations.of(refused.text()), true);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("admission-" + name + "-" + e.code());
        return button;
    }

    private void refresh() {
        AdmissionPolicy current = service.policy();
        policy.setText(getTranslation(
                "admission.policy",
                String.valueOf(current.noticeWorkingDays()),
                String.valueOf(current.decisionWorkingDays())));
        grid.setItems(service.register());
        movements.setItems(dutyList.movements().rows());
    }

    static void show(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.title");
    }
}
