package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/**
 * A filter over a district's matters for the inbox: street, unit, state, free text (number or title),
 * and "overdue only" as of {@code now}. Null or blank means any.
 */
public record InboxQuery(
        String street, String unit, MatterState state, String text, boolean overdueOnly, LocalDateTime now) {}
