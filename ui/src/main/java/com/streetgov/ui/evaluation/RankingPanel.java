package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.SurveyService;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.QuestionRanking;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire's questions ranked by their answers' mean score, for the district or one street: how
 * streets rate the district departments, or how residents' delegates score co-governance projects, when
 * each question names a department or a project (issue 14 item 5).
 */
class RankingPanel extends VerticalLayout {

    private final SurveyService surveys;
    private final String version;
    private final Select<Questionnaire> questionnaire = new Select<>();
    private final Select<String> street = new Select<>();
    private final Grid<QuestionRanking.Row> grid = new Grid<>();
    private final Span refusal = new Span();

    RankingPanel(SurveyService surveys, EvaluationModel model, Map<String, String> streetNames) {
        this.surveys = surveys;
        this.version = model.system().version();
        setPadding(false);
        setId("survey-ranking");
        questionnaire.setId("ranking-questionnaire");
        questionnaire.setLabel(getTranslation("eval.ui.surveys.questionnaire"));
        questionnaire.setItems(model.questionnaires());
        questionnaire.setItemLabelGenerator(Questionnaire::title);
        EvaluationLabels.streets(this, street, "ranking-street", streetNames);
        grid.setId("ranking-grid");
        grid.addColumn(r -> r.rank() == null ? "—" : String.valueOf(r.rank()))
                .setHeader(getTranslation("eval.ui.ranking.rank"))
                .setAutoWidth(true);
        grid.addColumn(QuestionRanking.Row::text)
                .setHeader(getTranslation("eval.ui.ranking.question"))
                .setFlexGrow(3);
        grid.addColumn(r -> EvaluationLabels.score(r.mean())).setHeader(getTranslation("eval.ui.ranking.mean"));
        grid.addColumn(QuestionRanking.Row::answers).setHeader(getTranslation("eval.ui.surveys.answered"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        questionnaire.addValueChangeListener(e -> refresh());
        street.addValueChangeListener(e -> refresh());
        model.questionnaires().stream()
                .filter(q -> q.audience() == Questionnaire.Audience.STREET
                        || q.audience() == Questionnaire.Audience.DELEGATE)
                .findFirst()
                .or(() -> model.questionnaires().stream().findFirst())
                .ifPresent(questionnaire::setValue);
        add(
                new H3(getTranslation("eval.ui.ranking.title")),
                new Span(getTranslation("eval.ui.ranking.hint")),
                new HorizontalLayout(questionnaire, street),
                refusal,
                grid);
    }

    void refresh() {
        refusal.setText("");
        if (questionnaire.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        String s = street.getValue() == null || street.getValue().isEmpty() ? null : street.getValue();
        try {
            grid.setItems(surveys.ranking(version, questionnaire.getValue().code(), s));
        } catch (RefusedException refused) {
            refusal.setText(Translations.of(refused.text()));
        }
    }

    /** Shows {@code form}'s ranking. */
    void choose(Questionnaire form) {
        questionnaire.setValue(form);
    }
}
