package com.streetgov.matter.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow steps a person takes on a matter, and the states each may start from. This table is
 * the one place that says so: {@link Matter} refuses a step from any other state, and {@link
 * Matter#allowedSteps()} (what the matter page offers) is read from it.
 */
public enum MatterStep {
    /** The unit it was sent to signs for it. */
    ACCEPT("签收", MatterState.DISPATCHED),
    /** The unit sends it back (退单), judged by {@link RejectionRuling}. */
    REJECT("退单", MatterState.DISPATCHED),
    /** Sent to a unit: first routing, a clerk's re-route, a judged dispute. */
    REROUTE(
            "分派",
            MatterState.RECEIVED,
            MatterState.REJECTED,
            MatterState.DISPATCHED,
            MatterState.ACCEPTED,
            MatterState.REFERRED),
    /** Not for the street's units: referred (转办) to a district department, before any unit took it on. */
    REFER("转办", MatterState.RECEIVED, MatterState.REJECTED, MatterState.DISPATCHED, MatterState.REFERRED),
    START("开始办理", MatterState.ACCEPTED),
    RESPOND("答复", MatterState.ACCEPTED, MatterState.IN_PROGRESS),
    RESOLVE("办结", MatterState.RESPONDED),
    CLOSE("归档", MatterState.RESOLVED),
    /** The resident is not content: back to the unit, to be answered and rated anew. */
    REOPEN("重办", MatterState.RESOLVED, MatterState.CLOSED);

    private final String label;
    private final Set<MatterState> from;

    MatterStep(String label, MatterState first, MatterState... more) {
        this.label = label;
        this.from = EnumSet.of(first, more);
    }

    /** The step's name in the refusal "当前状态不能…" (Simplified Chinese). */
    public String label() {
        return label;
    }

    /** Whether the step may start from {@code state}. */
    public boolean allowedFrom(MatterState state) {
        return from.contains(state);
    }

    /** The steps that may start from {@code state}, in workflow order. */
    public static Set<MatterStep> allowedIn(MatterState state) {
        Set<MatterStep> steps = EnumSet.noneOf(MatterStep.class);
        for (MatterStep step : values()) {
            if (step.allowedFrom(state)) {
                steps.add(step);
            }
        }
        return steps;
    }
}
