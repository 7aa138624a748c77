package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/**
 * One inbox row: enough to list, sort and count down a matter without its history; {@code itemCode} is
 * the duty item it is routed to and {@code category} the one asked for at intake (both may be null).
 */
public record MatterSummary(
        String number,
        String title,
        String street,
        String leadUnit,
        String itemName,
        String itemCode,
        String category,
        MatterState state,
        Channel channel,
        LocalDateTime receivedAt,
        LocalDateTime dueAt) {

    public boolean overdue(LocalDateTime now) {
        return state.clockRuns() && now.isAfter(dueAt);
    }
}
