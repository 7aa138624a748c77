package com.streetgov.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An assessor's score of one item for one subject (a street's code, or {@link AssessmentRound#DISTRICT}). */
public record AssessorEntry(
        String subject, String indicator, BigDecimal score, String reason, String assessor, LocalDateTime at) {}
