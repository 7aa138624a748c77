package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.AssessmentService;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.Scorecard.NodeScore;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.treegrid.TreeGrid;

/**
 * One subject's scorecard in a round: every node with its weight and score, each item's value with where
 * it came from (the figure and its counts, the answers' mean and number, the assessor and reason), and
 * what is still without a value. A district admin scores assessors' items here, with a reason.
 */
class ScorecardPanel extends VerticalLayout {

    ScorecardPanel(
            RoundReportView view,
            AssessmentService.Report report,
            AssessmentService.SubjectCard card,
            AssessmentService assessments) {
        setPadding(false);
        setId("report-card");
        add(new H3(view.getTranslation(
                "eval.ui.card.title",
                view.name(card),
                EvaluationLabels.score(card.card().total()))));
        TreeGrid<NodeScore> tree = new TreeGrid<>();
        tree.setId("report-tree");
        tree.addHierarchyColumn(n -> n.indicator().name())
                .setHeader(view.getTranslation("eval.ui.indicator"))
                .setFlexGrow(3);
        tree.addColumn(n -> EvaluationLabels.weight(n.indicator().weight()) + "%")
                .setHeader(view.getTranslation("eval.ui.weight"))
                .setAutoWidth(true);
        tree.addColumn(n -> EvaluationLabels.score(n.score())
                        + (n.complete() || n.indicator().isItem()
                                ? ""
                                : " · " + view.getTranslation("eval.ui.report.incomplete")))
                .setHeader(view.getTranslation("eval.ui.score"))
                .setAutoWidth(true);
        tree.addColumn(n -> n.value() != null
                        ? Translations.of(n.value().source())
                        : n.indicator().isItem()
                                ? view.getTranslation(
                                        "eval.ui.card.noValue", EvaluationLabels.source(view, n.indicator()))
                                : "")
                .setHeader(view.getTranslation("eval.ui.source"))
                .setFlexGrow(4);
        if (assessments != null) {
            tree.addComponentColumn(n ->
                            n.indicator().isItem() && n.indicator().source() instanceof IndicatorSource.AssessorScore
                                    ? scoreButton(view, report, card, n, assessments)
                                    : new Span())
                    .setAutoWidth(true);
        }
        tree.setItems(card.card().categories(), NodeScore::children);
        tree.expandRecursively(card.card().categories(), 3);
        tree.setAllRowsVisible(true);
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(tree);
    }

    private static Button scoreButton(
            RoundReportView view,
            AssessmentService.Report report,
            AssessmentService.SubjectCard card,
            NodeScore node,
            AssessmentService assessments) {
        Button button = new Button(view.getTranslation("eval.ui.card.score"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(node.indicator().name());
            BigDecimalField score = new BigDecimalField(view.getTranslation("eval.ui.score"));
            score.setId("score-value");
            score.setValue(node.score());
            TextArea reason = new TextArea(view.getTranslation("eval.ui.reason"));
            reason.setId("score-reason");
            reason.setWidthFull();
            Span refusal = new Span();
            refusal.setId("score-refusal");
            refusal.getStyle().set("color", "var(--lumo-error-text-color)");
            Button save = new Button(view.getTranslation("eval.ui.card.save"), s -> {
                try {
                    assessments.score(
                            report.round().code(),
                            card.subject(),
                            node.indicator().code(),
                            score.getValue(),
                            reason.getValue());
                    dialog.close();
                    view.show(report.round().code(), card.subject());
                } catch (RefusedException refused) {
                    refusal.setText(Translations.of(refused.text()));
                }
            });
            save.setId("score-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new VerticalLayout(score, reason, refusal));
            dialog.getFooter().add(new Button(view.getTranslation("eval.ui.card.cancel"), c -> dialog.close()), save);
            dialog.open();
        });
        button.setId("score-" + node.indicator().code());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
