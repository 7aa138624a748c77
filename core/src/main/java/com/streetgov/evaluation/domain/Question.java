package com.streetgov.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a questionnaire. A Likert question is answered 1–5 and scores 0, 25, 50, 75, 100;
 * a choice question's options carry their scores (0–100; a multiple choice scores the mean of the
 * options chosen); free text scores nothing and is read by people.
 */
public record Question(String code, Kind kind, String text, List<Option> options) {

    public enum Kind {
        LIKERT,
        SINGLE,
        MULTIPLE,
        TEXT
    }

    /** An option of a choice question and what choosing it scores. */
    public record Option(String code, String text, BigDecimal score) {}

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        options = List.copyOf(options);
    }

    /** Whether answers to this question score (all but free text). */
    public boolean scores() {
        return kind != Kind.TEXT;
    }

    /**
     * The score of one answer: a Likert value "1".."5", or option codes (one for a single choice, one
     * or more for a multiple choice). Empty when the answer does not score (free text, no option).
     */
    public Optional<BigDecimal> score(List<String> answer) {
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case LIKERT -> Optional.of(BigDecimal.valueOf((Integer.parseInt(answer.get(0)) - 1) * 25L));
            case SINGLE -> option(answer.get(0)).map(Option::score);
            case MULTIPLE ->
                Optional.of(answer.stream()
                        .map(a -> option(a).map(Option::score).orElseThrow())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(answer.size()), 4, RoundingMode.HALF_UP));
            case TEXT -> Optional.empty();
        };
    }

    /** The option with {@code code}. */
    public Optional<Option> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
