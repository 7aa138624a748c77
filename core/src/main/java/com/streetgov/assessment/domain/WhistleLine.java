package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import java.time.LocalDateTime;

/**
 * One line of a double-assessment drill-down: a summons (department, report time, rating), or for a
 * per-whistle figure the whistle with all its departments ("、"-separated; report time and rating
 * then null). Never a matter's text: the matter is named by its number.
 */
public record WhistleLine(
        String whistleId,
        String matterNumber,
        String street,
        String streetName,
        String department,
        LocalDateTime blownAt,
        LocalDateTime deadline,
        LocalDateTime reportedAt,
        Rating rating,
        MatterState matterState) {}
