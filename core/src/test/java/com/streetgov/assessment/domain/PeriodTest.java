package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods: calendar months, Beijing's 19th to 18th, named by the month they end in, across a year's end. */
class PeriodTest {

    @Test
    void a_calendar_month_runs_from_the_first_to_the_first_of_the_next() {
        Period p = Period.of(YearMonth.of(2026, 2), 1);
        assertEquals(LocalDate.of(2026, 2, 1), p.start());
        assertEquals(LocalDate.of(2026, 3, 1), p.end());
        assertTrue(p.contains(LocalDate.of(2026, 2, 28)));
        assertFalse(p.contains(LocalDate.of(2026, 3, 1)));
        assertEquals(p, Period.containing(LocalDate.of(2026, 2, 28), 1));
        assertEquals("2026-02", p.label());
    }

    @Test
    void the_19th_to_18th_period_is_named_by_the_month_it_ends_in() {
        Period november = Period.of(YearMonth.of(2026, 11), 19);
        assertEquals(LocalDate.of(2026, 10, 19), november.start());
        assertEquals(LocalDate.of(2026, 11, 19), november.end());
        assertTrue(november.contains(LocalDate.of(2026, 10, 19)));
        assertTrue(november.contains(LocalDate.of(2026, 11, 18)));
        assertFalse(november.contains(LocalDate.of(2026, 10, 18)));
        assertFalse(november.contains(LocalDate.of(2026, 11, 19)));
    }

    @Test
    void the_18th_and_the_19th_fall_into_consecutive_periods() {
        assertEquals(
                YearMonth.of(2026, 11),
                Period.containing(LocalDate.of(2026, 11, 18), 19).month());
        assertEquals(
                YearMonth.of(2026, 12),
                Period.containing(LocalDate.of(2026, 11, 19), 19).month());
        assertEquals(
                YearMonth.of(2026, 11),
                Period.containing(LocalDate.of(2026, 10, 19), 19).month());
        assertEquals(
                YearMonth.of(2026, 10),
                Period.containing(LocalDate.of(2026, 10, 18), 19).month());
        assertEquals(
                YearMonth.of(2026, 11),
                Period.containing(LocalDate.of(2026, 11, 1), 19).month());
    }

    @Test
    void the_year_wraps_from_december_19_into_the_next_years_january_period() {
        Period january = Period.containing(LocalDate.of(2026, 12, 19), 19);
        assertEquals(YearMonth.of(2027, 1), january.month());
        assertEquals(LocalDate.of(2026, 12, 19), january.start());
        assertEquals(LocalDate.of(2027, 1, 19), january.end());
        assertTrue(january.contains(LocalDate.of(2026, 12, 31)));
        assertTrue(january.contains(LocalDate.of(2027, 1, 1)));
        assertEquals(
                YearMonth.of(2026, 12),
                Period.containing(LocalDate.of(2026, 12, 18), 19).month());
        Period december = january.previous(19);
        assertEquals(january.start(), december.end());
        assertEquals(LocalDate.of(2026, 11, 19), december.start());
    }

    @Test
    void consecutive_periods_touch_without_gap_or_overlap_all_year_round() {
        for (int startDay : new int[] {1, 19, 28}) {
            Period p = Period.containing(LocalDate.of(2025, 1, 1), startDay);
            for (int i = 0; i < 30; i++) {
                Period next = Period.of(p.month().plusMonths(1), startDay);
                assertEquals(p.end(), next.start(), "start day " + startDay + " after " + p);
                p = next;
            }
        }
        for (LocalDate d = LocalDate.of(2025, 12, 1); d.isBefore(LocalDate.of(2026, 3, 1)); d = d.plusDays(1)) {
            assertTrue(Period.containing(d, 19).contains(d), d.toString());
        }
    }

    @Test
    void the_last_periods_end_with_this_one_oldest_first_across_the_year() {
        List<Period> last = Period.of(YearMonth.of(2026, 2), 19).lastPeriods(4, 19);
        assertEquals(
                List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2)),
                last.stream().map(Period::month).toList());
        assertEquals(LocalDate.of(2025, 10, 19), last.get(0).start());
        assertEquals(LocalDate.of(2026, 2, 19), last.get(3).end());
    }

    @Test
    void start_days_beyond_28_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Period.of(YearMonth.of(2026, 2), 29));
        assertThrows(IllegalArgumentException.class, () -> Period.containing(LocalDate.of(2026, 2, 1), 0));
    }
}
