package com.streetgov.reform.domain;

/**
 * Life cycle of a model version: DRAFT → SUBMITTED → FILED (备案 with the district 编委) → EFFECTIVE
 * from its date → SUPERSEDED once a later version takes over all its streets.
 */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    FILED,
    EFFECTIVE,
    SUPERSEDED;

    /** Whether a version in this status ever took effect, and so answers as-of queries. */
    public boolean tookEffect() {
        return this == EFFECTIVE || this == SUPERSEDED;
    }
}
