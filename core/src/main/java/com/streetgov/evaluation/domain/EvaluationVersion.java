package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A saved version of a district's indicator system: what it is called, from when, who saved it and why. */
public record EvaluationVersion(
        String version,
        String name,
        LocalDate effectiveFrom,
        String createdBy,
        LocalDateTime createdAt,
        String reason) {}
