package com.streetgov.evaluation.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An assessment round: scores the streets and the district over the results periods {@code first} to
 * {@code last} with the indicator system's {@code version}.
 */
public record AssessmentRound(
        String code,
        String name,
        YearMonth first,
        YearMonth last,
        String version,
        String createdBy,
        LocalDateTime createdAt) {

    /** The subject code of the district as a whole. */
    public static final String DISTRICT = "*";

    public AssessmentRound {
        Objects.requireNonNull(code, "code");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("a round's first period comes before its last");
        }
    }
}
