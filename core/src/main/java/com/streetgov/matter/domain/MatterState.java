package com.streetgov.matter.domain;

/**
 * A matter's workflow: received → dispatched → accepted → in progress → responded → resolved →
 * closed; a unit may reject (退单) a dispatched matter; a resolved or closed one may be reopened. A
 * matter that is not for the street's units is referred (转办, REFERRED) to a district department: the
 * street's time limit no longer runs for it, and the street may still take it back (re-route).
 */
public enum MatterState {
    RECEIVED,
    DISPATCHED,
    ACCEPTED,
    IN_PROGRESS,
    RESPONDED,
    RESOLVED,
    CLOSED,
    REJECTED,
    REFERRED;

    /** Whether the resident has had an answer (the time limit no longer runs). */
    public boolean answered() {
        return this == RESPONDED || this == RESOLVED || this == CLOSED;
    }

    /**
     * Whether the street's time limit runs: neither answered nor referred to a district department
     * (the department answers for it from then on). Overdue means this and past the deadline.
     */
    public boolean clockRuns() {
        return !answered() && this != REFERRED;
    }
}
