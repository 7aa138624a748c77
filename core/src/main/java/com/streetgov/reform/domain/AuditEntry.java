package com.streetgov.reform.domain;

import java.time.OffsetDateTime;

/**
 * One recorded change to a district's reform model: who, when, what (a summary, the version touched,
 * and the model before and after, as documents) and why.
 */
public record AuditEntry(
        OffsetDateTime at,
        String actor,
        String action,
        String versionCode,
        String summary,
        String reason,
        String before,
        String after) {}
