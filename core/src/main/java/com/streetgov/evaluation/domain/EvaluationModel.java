package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a district's evaluation as it is saved, imported or exported: the indicator system,
 * the questionnaires its items link to, and a note on where it comes from (a template says what the
 * sources give and what is assumed).
 */
public record EvaluationModel(IndicatorSystem system, List<Questionnaire> questionnaires, String note) {

    public EvaluationModel {
        Objects.requireNonNull(system, "system");
        questionnaires = List.copyOf(questionnaires);
        note = note == null ? "" : note;
    }

    public Optional<Questionnaire> questionnaire(String code) {
        return questionnaires.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The validator's findings on this model. */
    public List<IndicatorFinding> findings() {
        return IndicatorValidator.validate(system, questionnaires);
    }

    /**
     * This model as a new version {@code version} effective from {@code from}, with {@code questionnaire}
     * in place of the questionnaire of the same code, or added at the end; the indicator tree unchanged.
     */
    public EvaluationModel with(Questionnaire questionnaire, String version, LocalDate from) {
        List<Questionnaire> all = new ArrayList<>(questionnaires);
        all.removeIf(q -> q.code().equals(questionnaire.code()));
        int at = questionnaires.stream().map(Questionnaire::code).toList().indexOf(questionnaire.code());
        all.add(at < 0 ? all.size() : at, questionnaire);
        return new EvaluationModel(new IndicatorSystem(version, system.name(), from, system.categories()), all, note);
    }
}
