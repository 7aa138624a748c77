package com.streetgov.matter.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;

/**
 * The ruling on a unit's rejection (退单) of a matter, judged against the duty list:
 *
 * <ul>
 *   <li>the unit names the item it thinks the matter is, and the list has another unit of this street
 *       lead it: the rejection stands and the matter goes to that unit (rule DISPUTE);
 *   <li>the unit names an item the list still has this unit lead: refused, the matter stays;
 *   <li>the unit names none, and the matter was routed by text matching (a guess): the rejection
 *       stands and the matter goes back to the clerks to be routed again;
 *   <li>the unit names none, and the matter was routed by its category, a clerk or an earlier ruling
 *       (the list says it is this unit's): refused, the matter stays.
 * </ul>
 *
 * A refused rejection is recorded in the history without changing the state. The note (for the history)
 * and the message (for the unit) are texts, read in the reader's language.
 */
public record RejectionRuling(Outcome outcome, RoutingDecision redirectTo, Text note, Text message) {

    public enum Outcome {
        /** The rejection stands; the matter goes to the unit the suggested item names. */
        REDIRECTED,
        /** The rejection stands; the matter goes back to the clerks. */
        RETURNED,
        /** The rejection is refused; the matter stays with the unit. */
        REFUSED
    }

    /** Only the unit the matter was dispatched to may reject it. */
    public static void requireDispatchedTo(Matter m, String unit) throws RefusedException {
        RoutingDecision current = m.routing().orElseThrow(() -> new RefusedException("matter.notDispatched"));
        if (!current.leadUnit().equals(unit)) {
            throw new RefusedException("matter.notDispatchedTo", m.number());
        }
    }

    /**
     * Judges {@code unit}'s rejection of a matter now routed by {@code current}; {@code suggested} is the
     * routing the duty list gives the item the unit names (rule DISPUTE), or null when it names none.
     */
    public static RejectionRuling judge(
            RoutingDecision current, String unit, String reason, RoutingDecision suggested) {
        if (suggested != null) {
            if (suggested.leadUnit().equals(unit)) {
                return new RejectionRuling(
                        Outcome.REFUSED,
                        null,
                        Text.of("matter.rejection.stillLeads", suggested.itemName()),
                        Text.of("matter.rejection.leads", suggested.itemName()));
            }
            return new RejectionRuling(
                    Outcome.REDIRECTED, suggested, null, Text.of("matter.rejection.redirected", suggested.itemName()));
        }
        if (current.rule() == RoutingDecision.Rule.TEXT) {
            return new RejectionRuling(Outcome.RETURNED, null, null, Text.of("matter.rejection.returned"));
        }
        return new RejectionRuling(
                Outcome.REFUSED,
                null,
                Text.of("matter.rejection.leadsSaid", current.itemName(), Text.literal(reason)),
                Text.of("matter.rejection.leads", current.itemName()));
    }

    /** Whether the rejection stands. */
    public boolean accepted() {
        return outcome != Outcome.REFUSED;
    }

    /** Carries the ruling out on the matter: its rejection and new dispatch, or the refusal's note. */
    public void applyTo(Matter m, String unit, String reason, String actor, LocalDateTime at) throws RefusedException {
        switch (outcome) {
            case REDIRECTED -> {
                m.reject(unit, reason, actor, at);
                m.dispatch(redirectTo, "system", at);
            }
            case RETURNED -> m.reject(unit, reason, actor, at);
            case REFUSED -> m.note("REJECTION_REFUSED", actor, at, note);
        }
    }
}
