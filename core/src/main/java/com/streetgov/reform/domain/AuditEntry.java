package com.streetgov.reform.domain;

import com.streetgov.text.Text;
import java.time.OffsetDateTime;

/**
 * One recorded change to a district's reform model: who, when, what (a summary, rendered in the
 * reader's language; the version touched; and the model before and after, as documents) and why (the
 * person's own words).
 */
public record AuditEntry(
        OffsetDateTime at,
        String actor,
        String action,
        String versionCode,
        Text summary,
        String reason,
        String before,
        String after) {}
