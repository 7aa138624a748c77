package com.streetgov.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionRankingTest {

    private static final Questionnaire DEPARTMENTS = new Questionnaire(
            "departments",
            "街道评议区直部门",
            Questionnaire.Audience.STREET,
            List.of(
                    new Question("D1", Question.Kind.LIKERT, "区城管委", List.of()),
                    new Question("D2", Question.Kind.LIKERT, "区市场监管局", List.of()),
                    new Question("D3", Question.Kind.LIKERT, "区住建委", List.of()),
                    new Question("D4", Question.Kind.LIKERT, "区民政局", List.of()),
                    new Question("N", Question.Kind.TEXT, "意见", List.of())));

    private static SurveyRepository.Answer answer(String response, String question, String value) {
        return new SurveyRepository.Answer(response, "s1", LocalDate.of(2026, 11, 25), question, List.of(value));
    }

    @Test
    void questions_rank_by_mean_with_ties_sharing_a_rank_and_the_unanswered_last() {
        List<QuestionRanking.Row> rows = QuestionRanking.rank(
                DEPARTMENTS,
                List.of(
                        answer("r1", "D1", "5"),
                        answer("r2", "D1", "3"), // (100 + 50) / 2 = 75
                        answer("r1", "D2", "4"),
                        answer("r2", "D2", "4"), // 75
                        answer("r1", "D3", "5"),
                        answer("r2", "D3", "5"), // 100
                        answer("r1", "N", "很好")));
        assertEquals(
                List.of("D3", "D1", "D2", "D4"),
                rows.stream().map(QuestionRanking.Row::question).toList());
        assertEquals(
                List.of(1, 2, 2),
                rows.subList(0, 3).stream().map(QuestionRanking.Row::rank).toList());
        assertEquals(0, new BigDecimal("75").compareTo(rows.get(1).mean()));
        assertEquals(2, rows.get(1).answers());
        assertEquals(new QuestionRanking.Row("D4", "区民政局", null, 0, null), rows.get(3));
    }
}
