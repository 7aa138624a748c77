package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * 响应率, 解决率, 满意率 and the composite as exact fractions (0 … 1, 10 decimal places, half-up), from
 * counts under rules: 响应率 = contacted / d, 解决率 = resolved / d, 满意率 = (satisfied + w × basically
 * satisfied) / d, composite = the weighted sum / 100. All are null when the denominator d is 0.
 * {@code ranked} is false below the rules' minimum of valid visits.
 */
public record Rates(
        VisitCounts counts,
        long denominator,
        BigDecimal response,
        BigDecimal resolution,
        BigDecimal satisfaction,
        BigDecimal composite,
        boolean ranked) {

    private static final int SCALE = 10;

    public static Rates of(VisitCounts counts, AssessmentRules rules) {
        long d = counts.denominator(rules);
        boolean ranked = d > 0 && counts.valid() >= rules.minValidVisits();
        if (d == 0) {
            return new Rates(counts, 0, null, null, null, null, false);
        }
        BigDecimal denominator = BigDecimal.valueOf(d);
        BigDecimal response = divide(BigDecimal.valueOf(counts.contacted()), denominator);
        BigDecimal resolution = divide(BigDecimal.valueOf(counts.resolved()), denominator);
        BigDecimal satisfaction = divide(
                BigDecimal.valueOf(counts.satisfied())
                        .add(rules.basicWeight().multiply(BigDecimal.valueOf(counts.basicallySatisfied()))),
                denominator);
        BigDecimal composite = response.multiply(rules.weightResponse())
                .add(resolution.multiply(rules.weightResolution()))
                .add(satisfaction.multiply(rules.weightSatisfaction()))
                .divide(new BigDecimal("100"), SCALE, RoundingMode.HALF_UP);
        return new Rates(counts, d, response, resolution, satisfaction, composite, ranked);
    }

    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, new MathContext(30)).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A rate as a percentage rounded to two decimals ("91.40"), or "—" when there is none. */
    public static String percent(BigDecimal rate) {
        return rate == null
                ? "—"
                : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
