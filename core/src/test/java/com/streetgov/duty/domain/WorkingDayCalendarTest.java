package com.streetgov.duty.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Clocks skip weekends and configured holidays, and count declared working weekend days. */
class WorkingDayCalendarTest {

    // National Day 2024: 1–7 October off, Sunday 29 September and Saturday 12 October worked (调休).
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            Set.of(
                    LocalDate.of(2024, 10, 1),
                    LocalDate.of(2024, 10, 2),
                    LocalDate.of(2024, 10, 3),
                    LocalDate.of(2024, 10, 4),
                    LocalDate.of(2024, 10, 7)),
            Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));

    @Test
    void weekends_and_holidays_are_skipped() {
        // Friday 27 September + 3 working days: Sun 29 (worked), Mon 30, Tue 8 October.
        assertEquals(LocalDate.of(2024, 10, 8), CALENDAR.plusWorkingDays(LocalDate.of(2024, 9, 27), 3));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 10, 5)));
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2024, 10, 12)));
    }

    @Test
    void fifteen_working_days_from_a_plain_monday_is_three_weeks() {
        assertEquals(LocalDate.of(2024, 6, 24), CALENDAR.plusWorkingDays(LocalDate.of(2024, 6, 3), 15));
    }
}
