package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which version is in force on a day, and periods across a change of the start day. */
class RulesBookTest {

    static AssessmentRules version(String name, LocalDate from, int startDay) {
        AssessmentRules d = AssessmentRules.defaults(from);
        return new AssessmentRules(
                name,
                from,
                startDay,
                d.denominator(),
                d.basicWeight(),
                d.weightResponse(),
                d.weightResolution(),
                d.weightSatisfaction(),
                d.minValidVisits(),
                d.exclusionKinds());
    }

    static final AssessmentRules FALLBACK = version("模板", LocalDate.of(2020, 1, 1), 19);
    static final AssessmentRules V1 = version("v1", LocalDate.of(2025, 1, 1), 1);
    static final AssessmentRules V2 = version("v2", LocalDate.of(2026, 3, 19), 19);
    static final RulesBook BOOK = new RulesBook(List.of(V1, V2), FALLBACK);

    @Test
    void the_version_with_the_greatest_effective_date_on_or_before_the_day_is_in_force() {
        assertEquals(FALLBACK, BOOK.inForce(LocalDate.of(2024, 12, 31)));
        assertEquals(V1, BOOK.inForce(LocalDate.of(2025, 1, 1)));
        assertEquals(V1, BOOK.inForce(LocalDate.of(2026, 3, 18)));
        assertEquals(V2, BOOK.inForce(LocalDate.of(2026, 3, 19)));
        assertEquals(List.of(V2, V1), BOOK.versions());
        assertEquals(FALLBACK, new RulesBook(List.of(), FALLBACK).inForce(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void a_change_of_start_day_shortens_the_last_period_of_the_old_rules_without_gap_or_overlap() {
        Period march = BOOK.periodOf(LocalDate.of(2026, 3, 10));
        assertEquals(LocalDate.of(2026, 3, 1), march.start());
        assertEquals(LocalDate.of(2026, 3, 19), march.end());
        Period april = BOOK.periodOf(LocalDate.of(2026, 3, 19));
        assertEquals(YearMonth.of(2026, 4), april.month());
        assertEquals(LocalDate.of(2026, 4, 19), april.end());
        assertEquals(V1, BOOK.rulesFor(march));
        assertEquals(V2, BOOK.rulesFor(april));
        Period first = BOOK.periodOf(LocalDate.of(2025, 1, 5));
        assertEquals(LocalDate.of(2025, 1, 1), first.start(), "the fallback's period ends where v1 begins");
        assertEquals(
                LocalDate.of(2025, 1, 1),
                BOOK.periodOf(LocalDate.of(2024, 12, 31)).end());
        for (LocalDate d = LocalDate.of(2024, 11, 1); d.isBefore(LocalDate.of(2026, 6, 1)); d = d.plusDays(1)) {
            Period p = BOOK.periodOf(d);
            assertEquals(p, BOOK.periodOf(p.start()), d.toString());
            assertEquals(p.end(), BOOK.periodOf(p.end()).start(), d.toString());
        }
    }

    @Test
    void the_latest_complete_period_is_the_one_before_today_and_a_span_ends_with_it() {
        LocalDate today = LocalDate.of(2026, 5, 2); // in 2026-05 (19 April – 18 May)
        assertEquals(YearMonth.of(2026, 5), BOOK.running(today).month());
        Period latest = BOOK.latestComplete(today);
        assertEquals(YearMonth.of(2026, 4), latest.month());
        List<Period> span = BOOK.ending(latest, 3);
        assertEquals(
                List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 19)),
                span.stream().map(Period::start).toList());
        assertEquals(0, new BigDecimal("0.9").compareTo(BOOK.rulesFor(latest).basicWeight()));
    }
}
