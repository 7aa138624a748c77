package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/** One inbox row: enough to list, sort and count down a matter without its history. */
public record MatterSummary(
        String number,
        String title,
        String street,
        String leadUnit,
        String itemName,
        MatterState state,
        Channel channel,
        LocalDateTime receivedAt,
        LocalDateTime dueAt) {

    public boolean overdue(LocalDateTime now) {
        return state.clockRuns() && now.isAfter(dueAt);
    }
}
