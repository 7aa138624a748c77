package com.streetgov.ui.reform;

import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.StreetPlanProgress;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Each street's own plan against the district's deadline: its status, the deadline and whether it is
 * overdue; a street without a plan gets one started as a draft copy of the district model it follows.
 */
@Route(value = "reform/street-plans", layout = MainLayout.class)
@Menu(title = "nav.streetPlans", order = 210)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class StreetPlansView extends VerticalLayout implements HasDynamicTitle {

    private final ReformModelService service;
    private final String actor;
    private final Grid<StreetPlanProgress> grid = new Grid<>();
    private final Paragraph rule = new Paragraph();

    @Inject
    public StreetPlansView(ReformModelService service, RoleAccessControl access) {
        this.service = service;
        this.actor = access.user().username();
        grid.setId("street-plans");
        grid.addColumn(p -> p.street().name()).setHeader(getTranslation("streetPlans.street"));
        grid.addColumn(p -> p.plan().map(Labels::status).orElse(getTranslation("streetPlans.none")))
                .setHeader(getTranslation("streetPlans.plan"));
        grid.addColumn(p -> p.deadline().map(LocalDate::toString).orElse("—"))
                .setHeader(getTranslation("streetPlans.deadline"));
        grid.addComponentColumn(p -> {
                    Span state = new Span(
                            p.overdue()
                                    ? getTranslation("streetPlans.overdue")
                                    : p.deadline().isPresent() ? getTranslation("streetPlans.onTime") : "");
                    if (p.overdue()) {
                        state.getElement().getThemeList().add("badge error");
                    }
                    return state;
                })
                .setHeader(getTranslation("streetPlans.progress"));
        grid.addComponentColumn(p -> p.plan().isPresent()
                        ? new Span()
                        : new Button(
                                getTranslation("streetPlans.start"),
                                e -> start(p.street().code())))
                .setHeader("");
        grid.setAllRowsVisible(true);
        rule.setId("street-plans-rule");
        add(new H2(getTranslation("streetPlans.title")), rule, grid);
        refresh();
    }

    private void refresh() {
        service.current().ifPresent(model -> {
            rule.setText(
                    model.rules().streetPlanDeadlineDays() == null
                            ? getTranslation("streetPlans.noDeadline")
                            : getTranslation(
                                    "streetPlans.rule",
                                    String.valueOf(model.rules().streetPlanDeadlineDays())));
            grid.setItems(StreetPlanProgress.of(model, LocalDate.now()));
        });
    }

    private void start(String streetCode) {
        service.startStreetPlan(actor, streetCode)
                .flatMap(code -> service.current().flatMap(m -> m.version(code)))
                .ifPresent(plan -> ReformView.notify(getTranslation("streetPlans.started", plan.title()), false));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("streetPlans.title");
    }
}
