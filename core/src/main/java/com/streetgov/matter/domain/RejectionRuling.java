package com.streetgov.matter.domain;

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
 * A refused rejection is recorded in the history without changing the state. The messages are
 * Simplified Chinese, as stored in the history.
 */
public record RejectionRuling(Outcome outcome, RoutingDecision redirectTo, String note, String message) {

    public enum Outcome {
        /** The rejection stands; the matter goes to the unit the suggested item names. */
        REDIRECTED,
        /** The rejection stands; the matter goes back to the clerks. */
        RETURNED,
        /** The rejection is refused; the matter stays with the unit. */
        REFUSED
    }

    /** Only the unit the matter was dispatched to may reject it. */
    public static void requireDispatchedTo(Matter m, String unit) throws MatterRefusedException {
        RoutingDecision current = m.routing().orElseThrow(() -> new MatterRefusedException("诉求尚未分派"));
        if (!current.leadUnit().equals(unit)) {
            throw new MatterRefusedException("诉求" + m.number() + "未分派给该单位");
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
                        "按职责清单，“" + suggested.itemName() + "”在本街道仍由本单位牵头，退单不予支持",
                        "按职责清单，“" + suggested.itemName() + "”在本街道由本单位牵头，退单不予支持");
            }
            return new RejectionRuling(
                    Outcome.REDIRECTED, suggested, null, "退单成立，已改派至“" + suggested.itemName() + "”的牵头单位");
        }
        if (current.rule() == RoutingDecision.Rule.TEXT) {
            return new RejectionRuling(Outcome.RETURNED, null, null, "退单成立：该诉求系按文字自动匹配分派，已退回受理窗口重新分派");
        }
        String refused = "按职责清单，“" + current.itemName() + "”在本街道由本单位牵头，退单不予支持";
        return new RejectionRuling(Outcome.REFUSED, null, refused + "：" + reason, refused);
    }

    /** Whether the rejection stands. */
    public boolean accepted() {
        return outcome != Outcome.REFUSED;
    }

    /** Carries the ruling out on the matter: its rejection and new dispatch, or the refusal's note. */
    public void applyTo(Matter m, String unit, String reason, String actor, LocalDateTime at)
            throws MatterRefusedException {
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
