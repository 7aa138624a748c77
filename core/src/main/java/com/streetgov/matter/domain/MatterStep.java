package com.streetgov.matter.domain;

import com.streetgov.text.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow steps a person takes on a matter, and the states each may start from. This table is
 * the one place that says so: {@link Matter} refuses a step from any other state, and {@link
 * Matter#allowedSteps()} (what the matter page offers) is read from it.
 */
public enum MatterStep {
    /** The unit it was sent to signs for it. */
    ACCEPT(Text.of("matter.stepName.ACCEPT"), MatterState.DISPATCHED),
    /** The unit sends it back (退单), judged by {@link RejectionRuling}. */
    REJECT(Text.of("matter.stepName.REJECT"), MatterState.DISPATCHED),
    /** Sent to a unit: first routing, a clerk's re-route, a judged dispute. */
    REROUTE(
            Text.of("matter.stepName.REROUTE"),
            MatterState.RECEIVED,
            MatterState.REJECTED,
            MatterState.DISPATCHED,
            MatterState.ACCEPTED,
            MatterState.REFERRED),
    /** Not for the street's units: referred (转办) to a district department, before any unit took it on. */
    REFER(
            Text.of("matter.stepName.REFER"),
            MatterState.RECEIVED,
            MatterState.REJECTED,
            MatterState.DISPATCHED,
            MatterState.REFERRED),
    START(Text.of("matter.stepName.START"), MatterState.ACCEPTED),
    RESPOND(Text.of("matter.stepName.RESPOND"), MatterState.ACCEPTED, MatterState.IN_PROGRESS),
    RESOLVE(Text.of("matter.stepName.RESOLVE"), MatterState.RESPONDED),
    CLOSE(Text.of("matter.stepName.CLOSE"), MatterState.RESOLVED),
    /** The resident is not content: back to the unit, to be answered and rated anew. */
    REOPEN(Text.of("matter.stepName.REOPEN"), MatterState.RESOLVED, MatterState.CLOSED);

    private final Text label;
    private final Set<MatterState> from;

    MatterStep(Text label, MatterState first, MatterState... more) {
        this.label = label;
        this.from = EnumSet.of(first, more);
    }

    /** The step's name (签收, accept, …) in the refusal "当前状态不能…". */
    public Text label() {
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
