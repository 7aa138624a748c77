package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.AssessmentService;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.Scorecard.NodeScore;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

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
        Grid<Map.Entry<Integer, NodeScore>> tree = new Grid<>();
        tree.setId("report-tree");
        tree.addComponentColumn(
                        e -> EvaluationLabels.indented(e.getValue().indicator().name(), e.getKey()))
                .setHeader(view.getTranslation("eval.ui.indicator"))
                .setFlexGrow(3);
        tree.addColumn(e -> EvaluationLabels.weight(e.getValue().indicator().weight()) + "%")
                .setHeader(view.getTranslation("eval.ui.weight"))
                .setAutoWidth(true);
        tree.addColumn(e -> score(view, e.getValue()))
                .setHeader(view.getTranslation("eval.ui.score"))
                .setAutoWidth(true);
        tree.addColumn(e -> source(view, e.getValue()))
                .setHeader(view.getTranslation("eval.ui.source"))
                .setFlexGrow(4);
        if (assessments != null) {
            tree.addComponentColumn(e -> e.getValue().indicator().isItem()
                                    && e.getValue().indicator().source() instanceof IndicatorSource.AssessorScore
                            ? scoreButton(view, report, card, e.getValue(), assessments)
                            : new Span())
                    .setAutoWidth(true);
        }
        tree.setItems(EvaluationLabels.flatten(card.card().categories(), NodeScore::children));
        tree.setAllRowsVisible(true);
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(tree);
    }

    private static String score(RoundReportView view, NodeScore n) {
        boolean incomplete = !n.complete() && !n.indicator().isItem();
        return EvaluationLabels.score(n.score())
                + (incomplete ? " · " + view.getTranslation("eval.ui.report.incomplete") : "");
    }

    private static String source(RoundReportView view, NodeScore n) {
        if (n.value() != null) {
            return Translations.of(n.value().source());
        }
        return n.indicator().isItem()
                ? view.getTranslation("eval.ui.card.noValue", EvaluationLabels.source(view, n.indicator()))
                : "";
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
