package com.streetgov.matter.domain;

import com.streetgov.duty.domain.WorkingDayCalendar;
import com.streetgov.text.RefusedException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A matter class's time limit, configured per district (e.g. urgent 2 hours, 24 hours, 7 days, 15
 * working days). Working days count on the district's calendar, so weekends and holidays are skipped;
 * the deadline keeps the time of day of the intake.
 */
public record TimeLimit(String code, String name, Measure measure, int amount) {

    public enum Measure {
        HOURS,
        DAYS,
        WORKING_DAYS
    }

    public TimeLimit {
        if (amount <= 0) {
            throw new IllegalArgumentException("a time limit must be positive: " + code);
        }
    }

    /** The limit called {@code code} among {@code limits}, or the first (the district's default) when none is named. */
    public static TimeLimit named(List<TimeLimit> limits, String code) throws RefusedException {
        if (code == null || code.isBlank()) {
            return limits.get(0);
        }
        return limits.stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new RefusedException("matter.timeLimit.unknown", code));
    }

    public LocalDateTime due(LocalDateTime received, WorkingDayCalendar calendar) {
        return switch (measure) {
            case HOURS -> received.plusHours(amount);
            case DAYS -> received.plusDays(amount);
            case WORKING_DAYS ->
                calendar.plusWorkingDays(received.toLocalDate(), amount).atTime(received.toLocalTime());
        };
    }
}
