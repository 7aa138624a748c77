package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 三率 and the composite on a hand-made case: 10 visits done, 2 of them invalid (unreachable or
 * refused); of the 8 valid, 8 contacted, 6 resolved, 5 satisfied, 2 basically satisfied, 1 not; one
 * more matter excluded (not in the counts at all).
 */
class RatesTest {

    static final VisitCounts CASE = new VisitCounts(10, 2, 8, 6, 5, 2, 1);

    static AssessmentRules rules(
            Denominator denominator, String basic, int response, int resolution, int satisfaction) {
        AssessmentRules d = AssessmentRules.defaults(LocalDate.of(2020, 1, 1));
        return new AssessmentRules(
                "t",
                d.effectiveFrom(),
                19,
                denominator,
                new BigDecimal(basic),
                BigDecimal.valueOf(response),
                BigDecimal.valueOf(resolution),
                BigDecimal.valueOf(satisfaction),
                5,
                d.exclusionKinds());
    }

    static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void valid_visits_divide_and_basically_satisfied_weighs_point_nine() {
        Rates r = CASE.rates(rules(Denominator.VALID_VISITS, "0.9", 10, 50, 40));
        assertEquals(8, r.denominator());
        same("1", r.response());
        same("0.75", r.resolution());
        same("0.85", r.satisfaction()); // (5 + 0.9 × 2) / 8
        same("0.815", r.composite()); // 0.1 × 1 + 0.5 × 0.75 + 0.4 × 0.85
        assertTrue(r.ranked());
    }

    @Test
    void the_other_published_weight_set_30_35_35() {
        Rates r = CASE.rates(rules(Denominator.VALID_VISITS, "0.9", 30, 35, 35));
        same("0.86", r.composite()); // 0.3 × 1 + 0.35 × 0.75 + 0.35 × 0.85
    }

    @Test
    void the_basically_satisfied_weight_is_the_rules_choice() {
        same(
                "0.875",
                CASE.rates(rules(Denominator.VALID_VISITS, "1", 10, 50, 40)).satisfaction());
        same(
                "0.625",
                CASE.rates(rules(Denominator.VALID_VISITS, "0", 10, 50, 40)).satisfaction());
        same(
                "0.8125",
                CASE.rates(rules(Denominator.VALID_VISITS, "0.75", 10, 50, 40)).satisfaction());
    }

    @Test
    void with_all_visits_an_invalid_visit_counts_as_not_contacted_resolved_or_satisfied() {
        Rates r = CASE.rates(rules(Denominator.ALL_VISITS, "0.9", 10, 50, 40));
        assertEquals(10, r.denominator());
        same("0.8", r.response());
        same("0.6", r.resolution());
        same("0.68", r.satisfaction());
        same("0.652", r.composite());
    }

    @Test
    void invalid_visits_do_not_move_the_rates_under_valid_visits() {
        VisitCounts moreInvalid = new VisitCounts(30, 22, 8, 6, 5, 2, 1);
        AssessmentRules rules = rules(Denominator.VALID_VISITS, "0.9", 10, 50, 40);
        assertEquals(CASE.rates(rules).composite(), moreInvalid.rates(rules).composite());
        assertEquals(8, moreInvalid.rates(rules).denominator());
    }

    @Test
    void excluded_matters_are_shown_but_never_divide() {
        VisitCounts manyExcluded = new VisitCounts(10, 2, 8, 6, 5, 2, 40);
        AssessmentRules rules = rules(Denominator.ALL_VISITS, "0.9", 10, 50, 40);
        assertEquals(10, manyExcluded.rates(rules).denominator());
        same("0.6", manyExcluded.rates(rules).resolution());
        assertEquals(41, CASE.plus(manyExcluded).excluded());
    }

    @Test
    void below_the_minimum_of_valid_visits_rates_are_computed_but_not_ranked() {
        AssessmentRules rules = rules(Denominator.ALL_VISITS, "0.9", 10, 50, 40); // min 5 valid
        Rates few = new VisitCounts(20, 16, 4, 4, 4, 0, 0).rates(rules);
        same("0.2", few.resolution());
        assertFalse(few.ranked(), "4 valid < 5, though 20 visits divide");
        assertTrue(new VisitCounts(5, 0, 5, 5, 5, 0, 0).rates(rules).ranked());
    }

    @Test
    void no_visits_means_no_rate_rather_than_zero() {
        Rates none = VisitCounts.NONE.rates(AssessmentRules.defaults(LocalDate.of(2020, 1, 1)));
        assertEquals(0, none.denominator());
        assertNull(none.response());
        assertNull(none.composite());
        assertFalse(none.ranked());
        assertEquals("—", Rates.percent(none.resolution()));
    }

    @Test
    void percentages_round_half_up_to_two_decimals() {
        assertEquals("91.40", Rates.percent(new BigDecimal("0.914")));
        assertEquals("95.57", Rates.percent(new BigDecimal("0.95565")));
        assertEquals(
                "33.33",
                Rates.percent(new VisitCounts(3, 0, 1, 1, 1, 0, 0)
                        .rates(AssessmentRules.defaults(LocalDate.of(2020, 1, 1)))
                        .resolution()));
    }

    @Test
    void counts_that_cannot_be_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new VisitCounts(3, 4, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VisitCounts(3, 1, 3, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VisitCounts(3, 0, 0, 0, 2, 2, 0));
    }
}
