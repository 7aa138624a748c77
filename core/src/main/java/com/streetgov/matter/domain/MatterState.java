package com.streetgov.matter.domain;

/**
 * A matter's workflow: received → dispatched → accepted → in progress → responded → resolved →
 * closed; a unit may reject (退单) a dispatched matter; a resolved or closed one may be reopened.
 */
public enum MatterState {
    RECEIVED,
    DISPATCHED,
    ACCEPTED,
    IN_PROGRESS,
    RESPONDED,
    RESOLVED,
    CLOSED,
    REJECTED;

    /** Whether the resident has had an answer (the time limit no longer runs). */
    public boolean answered() {
        return this == RESPONDED || this == RESOLVED || this == CLOSED;
    }
}
