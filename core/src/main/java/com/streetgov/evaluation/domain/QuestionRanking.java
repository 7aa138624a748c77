package com.streetgov.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire's scoring questions ranked by the mean score of their answers — how streets rate each
 * district department when every question names one, or how residents' delegates score each
 * co-governance project (issue 14 item 5). Equal means share a rank (1, 1, 3); a question nobody
 * answered is listed last without a rank.
 */
public final class QuestionRanking {

    /** One question's place: its mean score (0–100, four decimals) over {@code answers} answers. */
    public record Row(String question, String text, BigDecimal mean, int answers, Integer rank) {}

    private QuestionRanking() {}

    /** Ranks {@code questionnaire}'s scoring questions by {@code answers} (each answer's question and words). */
    public static List<Row> rank(Questionnaire questionnaire, List<SurveyRepository.Answer> answers) {
        List<Row> scored = new ArrayList<>();
        List<Row> unanswered = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (!q.scores()) {
                continue;
            }
            List<BigDecimal> scores = answers.stream()
                    .filter(a -> a.question().equals(q.code()))
                    .map(a -> q.score(a.answer()))
                    .flatMap(Optional::stream)
                    .toList();
            if (scores.isEmpty()) {
                unanswered.add(new Row(q.code(), q.text(), null, 0, null));
            } else {
                BigDecimal mean = scores.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(scores.size()), 4, RoundingMode.HALF_UP);
                scored.add(new Row(q.code(), q.text(), mean, scores.size(), null));
            }
        }
        scored.sort(Comparator.comparing(Row::mean, Comparator.reverseOrder()).thenComparing(Row::question));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Row r = scored.get(i);
            int rank = i > 0 && r.mean().compareTo(scored.get(i - 1).mean()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Row(r.question(), r.text(), r.mean(), r.answers(), rank));
        }
        ranked.addAll(unanswered);
        return ranked;
    }
}
