package com.streetgov.tenantconfig.demo;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.VisitCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How many of a period's generated matters are excluded, invalid, contacted, resolved, satisfied and
 * basically satisfied, chosen as integers so that the rates the product computes (valid visits as the
 * denominator, 0.9 for basically satisfied) round to the period's target percentages where the volume
 * allows it (a step of one visit must be finer than 0.01 %).
 */
record HistoryPlan(
        int matters,
        int excluded,
        int invalid,
        int contacted,
        int resolved,
        int satisfied,
        int basicallySatisfied,
        BigDecimal resolutionTarget,
        BigDecimal satisfactionTarget) {

    /** The rules the calibration holds for: valid visits, basically satisfied counts 0.9. */
    static final AssessmentRules RULES = AssessmentRules.defaults(LocalDate.of(2000, 1, 1));

    /** Share of matters taken out of assessment (approved Art. 11 exclusions). */
    static final double EXCLUDED = 0.005;

    /** Share of the other matters whose visit did not reach the resident. */
    static final double INVALID = 0.03;

    /** Share of valid visits rated basically satisfied. */
    static final double BASIC = 0.04;

    /** Share of valid visits where the unit had contacted the resident (at least all resolved ones). */
    static final double CONTACTED = 0.985;

    int valid() {
        return matters - excluded - invalid;
    }

    /** The counts of the valid visits, as the product counts them. */
    VisitCounts counts() {
        return new VisitCounts(
                valid() + invalid, invalid, contacted, resolved, satisfied, basicallySatisfied, excluded);
    }

    /** Plans {@code matters} matters for targets given as percentages with two decimals ("91.40"). */
    static HistoryPlan calibrate(int matters, BigDecimal resolution, BigDecimal satisfaction) {
        int excluded = (int) Math.round(matters * EXCLUDED);
        int invalid = (int) Math.round((matters - excluded) * INVALID);
        int valid = matters - excluded - invalid;
        if (valid <= 0) {
            throw new IllegalArgumentException("too few matters to plan: " + matters);
        }
        int resolved = nearestResolved(valid, resolution);
        int basic = (int) Math.round(valid * BASIC);
        double wantedSatisfied = satisfaction.doubleValue() / 100 * valid - 0.9 * basic;
        int satisfied = nearestSatisfied(valid, satisfaction, (int) Math.round(wantedSatisfied), basic);
        int contacted = Math.min(valid, Math.max(resolved, (int) Math.round(valid * CONTACTED)));
        return new HistoryPlan(
                matters, excluded, invalid, contacted, resolved, satisfied, basic, resolution, satisfaction);
    }

    /** The count near target × valid whose rate rounds to the target, if one of its neighbours does. */
    private static int nearestResolved(int valid, BigDecimal target) {
        int guess = (int) Math.round(target.doubleValue() / 100 * valid);
        for (int delta : new int[] {0, -1, 1, -2, 2}) {
            int n = Math.max(0, Math.min(valid, guess + delta));
            if (percent(resolutionOf(valid, n)).equals(target)) {
                return n;
            }
        }
        return Math.max(0, Math.min(valid, guess));
    }

    /** The same for satisfied visits, {@code basic} basically satisfied ones given. */
    private static int nearestSatisfied(int valid, BigDecimal target, int guess, int basic) {
        for (int delta : new int[] {0, -1, 1, -2, 2}) {
            int s = Math.max(0, Math.min(valid - basic, guess + delta));
            Rates rates = new VisitCounts(valid, 0, 0, 0, s, basic, 0).rates(RULES);
            if (percent(rates.satisfaction()).equals(target)) {
                return s;
            }
        }
        return Math.max(0, Math.min(valid - basic, guess));
    }

    private static BigDecimal resolutionOf(int valid, int resolved) {
        return new VisitCounts(valid, 0, 0, resolved, 0, 0, 0).rates(RULES).resolution();
    }

    /** A rate as the dashboard shows it: percent, two decimals, half up. */
    static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}
