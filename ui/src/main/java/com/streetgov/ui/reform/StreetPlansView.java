package com.streetgov.ui.reform;

import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetPlanProgress;
import com.streetgov.reform.domain.VersionLifecycle;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each street's own plan against the district's deadline: its status, the deadline and whether it is
 * overdue; a street without a plan gets one started as a draft copy of the district model it follows.
 */
@Route(value = "reform/street-plans", layout = MainLayout.class)
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
        grid.addColumn(p -> p.street().name()).setHeader("街道");
        grid.addColumn(p -> p.plan().map(Labels::status).orElse("尚未制定")).setHeader("街道方案");
        grid.addColumn(p -> p.deadline().map(LocalDate::toString).orElse("—")).setHeader("截止日期");
        grid.addComponentColumn(p -> {
                    Span state = new Span(p.overdue() ? "逾期" : p.deadline().isPresent() ? "按期" : "");
                    if (p.overdue()) {
                        state.getElement().getThemeList().add("badge error");
                    }
                    return state;
                })
                .setHeader("进度");
        grid.addComponentColumn(p -> p.plan().isPresent()
                        ? new Span()
                        : new Button("新建街道方案", e -> start(p.street().code())))
                .setHeader("");
        grid.setAllRowsVisible(true);
        rule.setId("street-plans-rule");
        add(new H2("街道方案进度"), rule, grid);
        refresh();
    }

    private void refresh() {
        service.current().ifPresent(model -> {
            rule.setText(
                    model.rules().streetPlanDeadlineDays() == null
                            ? "本区未规定街道方案的截止期限。"
                            : "各街道须在区级方案生效后" + model.rules().streetPlanDeadlineDays() + "天内制定本街道方案并报区编委备案。");
            grid.setItems(StreetPlanProgress.of(model, LocalDate.now()));
        });
    }

    private void start(String streetCode) {
        ReformModel model = service.current().orElseThrow();
        ModelVersion draft = StreetPlanProgress.draftFor(model, streetCode).orElseThrow();
        service.change(actor, draft.code(), "新建“" + draft.title() + "”草稿", null, m -> {
            List<ModelVersion> versions = new ArrayList<>(m.versions());
            versions.add(draft);
            return VersionLifecycle.replaceVersions(m, versions);
        });
        refresh();
        ReformView.notify("已新建" + draft.title() + "，可在“改革模型”中编辑", false);
    }

    @Override
    public String getPageTitle() {
        return "街道方案进度";
    }
}
