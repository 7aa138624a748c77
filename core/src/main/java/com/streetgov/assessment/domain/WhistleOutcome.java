package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.MatterState;

/** What became of a whistle's matter: resolved (resolved or closed), answered (responded), or still open. */
public enum WhistleOutcome {
    RESOLVED,
    ANSWERED,
    OPEN;

    public static WhistleOutcome of(MatterState state) {
        return switch (state) {
            case RESOLVED, CLOSED -> RESOLVED;
            case RESPONDED -> ANSWERED;
            default -> OPEN;
        };
    }
}
