package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/**
 * A filter over a district's matters for the inbox: street, unit, state, free text (number or title),
 * "overdue only" as of {@code now}, and "due for a return visit" (待回访: the matter's return visit is
 * DUE, as in the visit queue — not yet done by a staff call or the resident's own rating). Null or
 * blank means any.
 */
public record InboxQuery(
        String street,
        String unit,
        MatterState state,
        String text,
        boolean overdueOnly,
        boolean returnVisitDue,
        LocalDateTime now) {

    public InboxQuery(
            String street, String unit, MatterState state, String text, boolean overdueOnly, LocalDateTime now) {
        this(street, unit, state, text, overdueOnly, false, now);
    }
}
