package com.streetgov.matter.domain;

import java.time.LocalDateTime;

/** One row of the return-visit queue: the visit to do and what the caller needs to make the call. */
public record ReturnVisitSummary(
        String matterNumber,
        String title,
        String street,
        String leadUnit,
        MatterState matterState,
        String residentName,
        String residentPhone,
        LocalDateTime createdAt,
        LocalDateTime dueAt) {

    public boolean overdue(LocalDateTime now) {
        return now.isAfter(dueAt);
    }
}
