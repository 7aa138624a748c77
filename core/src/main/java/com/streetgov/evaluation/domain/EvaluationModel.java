package com.streetgov.evaluation.domain;

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
}
