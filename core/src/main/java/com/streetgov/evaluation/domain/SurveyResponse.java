package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One anonymous set of answers: the questionnaire, the street and the day — never the link it came
 * through — and each question's answer (a Likert value, option codes, or the words written).
 */
public record SurveyResponse(
        String id,
        String version,
        String questionnaire,
        String street,
        LocalDate answeredOn,
        Map<String, List<String>> answers) {

    public SurveyResponse {
        answers = Map.copyOf(answers);
    }
}
