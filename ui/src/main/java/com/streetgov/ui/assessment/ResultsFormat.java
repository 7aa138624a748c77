package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How results read on screen: rates as "91.40%", changes in percentage points, dimension names. */
public final class ResultsFormat {

    private ResultsFormat() {}

    /** "91.40%", or "—" when there is no rate. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "—" : Rates.percent(rate) + "%";
    }

    /** The change from {@code before} to {@code now} in percentage points ("+1.25", "-0.40"), or "". */
    public static String points(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal diff = now.subtract(before).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return (diff.signum() > 0 ? "+" : "") + diff.toPlainString();
    }

    /** The translation key of a dimension's name. */
    public static String dimensionKey(Dimension dimension) {
        return "results.ui.dimension." + dimension.name().toLowerCase(java.util.Locale.ROOT);
    }
}
