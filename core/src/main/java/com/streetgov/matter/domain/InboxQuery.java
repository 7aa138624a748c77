package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/**
 * A filter over a district's matters for the inbox: street, unit, state, free text (number or title),
 * "overdue only" and "due for a return visit" (answered, time limit run out, no return visit recorded
 * yet) as of {@code now}. Null or blank means any.
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
