package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.AssessmentService;
import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.Scorecard;
import com.streetgov.ui.chart.ChartOptions;
import com.streetgov.ui.chart.EChart;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A round's report ({@code /evaluation/rounds/<code>}): the district's and each street's total beside
 * the previous round's, as a table and a chart, best first; the district's rates beside the pre-reform
 * baseline ({@link BaselineTable}) when one is saved; choosing one shows its scorecard
 * ({@link ScorecardPanel}). A button prints the page.
 */
@Route(value = "evaluation/rounds/:code", layout = MainLayout.class)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class RoundReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final boolean admin;
    private String title = "";

    @Inject
    public RoundReportView(AssessmentService assessments, RoleAccessControl access) {
        this.assessments = assessments;
        this.admin = access.user().hasRole(Role.DISTRICT_ADMIN);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        show(code, null);
    }

    /** Shows the round's report with {@code subject}'s scorecard open (null: the district's). */
    void show(String code, String subject) {
        removeAll();
        Optional<AssessmentService.Report> found = assessments.report(code);
        if (found.isEmpty()) {
            add(new H2(getTranslation("eval.ui.report.none", code)));
            return;
        }
        AssessmentService.Report report = found.get();
        AssessmentRound round = report.round();
        title = getTranslation("eval.ui.report.title", round.name());
        Button print = new Button(getTranslation("eval.ui.report.print"), e -> getUI().ifPresent(
                        ui -> ui.getPage().executeJs("window.print()")));
        print.setId("report-print");
        Paragraph about = new Paragraph(getTranslation(
                "eval.ui.report.about",
                round.code(),
                String.valueOf(round.first()),
                String.valueOf(round.last()),
                round.version()));
        add(new H2(title), about, print, chart(report.subjects()), totals(report, subject));
        report.baseline().ifPresent(b -> add(new BaselineTable(this, b)));
        AssessmentService.SubjectCard open = report.subjects().stream()
                .filter(c -> subject == null
                        ? c.subject().equals(AssessmentRound.DISTRICT)
                        : c.subject().equals(subject))
                .findFirst()
                .orElse(report.subjects().get(0));
        add(new ScorecardPanel(this, report, open, admin ? assessments : null));
    }

    private Grid<AssessmentService.SubjectCard> totals(AssessmentService.Report report, String subject) {
        Grid<AssessmentService.SubjectCard> grid = new Grid<>();
        grid.setId("report-totals");
        grid.addColumn(this::name)
                .setHeader(getTranslation("eval.ui.report.subject"))
                .setFlexGrow(2);
        grid.addColumn(c -> EvaluationLabels.score(c.card().total())
                        + (c.card().complete() ? "" : " · " + getTranslation("eval.ui.report.incomplete")))
                .setHeader(getTranslation("eval.ui.report.total"));
        grid.addColumn(c -> EvaluationLabels.score(c.previousTotal()))
                .setHeader(getTranslation("eval.ui.report.previous"));
        grid.addColumn(c -> change(c.card(), c.previousTotal())).setHeader(getTranslation("eval.ui.report.change"));
        grid.setItems(report.subjects());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> show(report.round().code(), e.getItem().subject()));
        return grid;
    }

    private EChart chart(List<AssessmentService.SubjectCard> subjects) {
        EChart chart = new EChart("report-chart");
        List<AssessmentService.SubjectCard> streets = subjects.stream()
                .filter(c -> !c.subject().equals(AssessmentRound.DISTRICT))
                .toList();
        chart.setOption(ChartOptions.bar(streets.stream().map(this::name).toList())
                .series(
                        getTranslation("eval.ui.report.total"),
                        streets.stream().map(c -> c.card().total()).toList())
                .series(
                        getTranslation("eval.ui.report.previous"),
                        streets.stream().map(c -> c.previousTotal()).toList())
                .min(0)
                .max(100)
                .build());
        return chart;
    }

    String name(AssessmentService.SubjectCard c) {
        return c.subject().equals(AssessmentRound.DISTRICT) ? getTranslation("eval.ui.report.district") : c.name();
    }

    private static String change(Scorecard card, BigDecimal previous) {
        if (card.total() == null || previous == null) {
            return "—";
        }
        BigDecimal d = card.total().subtract(previous);
        return (d.signum() > 0 ? "+" : "") + EvaluationLabels.score(d);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
