package com.streetgov.assessment.domain;

import java.math.BigDecimal;

/**
 * A district department's double-assessment figures in a period (报到 side): summonses received,
 * reported in (on time + late), not reported (awaiting + missed), the streets' ratings of its reports,
 * and its rank. {@code onTimeShare} = on time / (summoned − awaiting), null with nothing due;
 * {@code ratingScore} = (satisfied + w × basically satisfied) / rated, null with nothing rated. Each
 * count is a {@link WhistleFigure} that lists exactly its summonses.
 */
public record DepartmentResult(
        String department,
        long summoned,
        long reportedIn,
        long onTime,
        long late,
        long notReported,
        long awaiting,
        long missed,
        long rated,
        long satisfied,
        long basicallySatisfied,
        long notSatisfied,
        BigDecimal onTimeShare,
        BigDecimal ratingScore,
        Integer rank) {

    /** Summonses whose deadline has passed or that reported in: the on-time share's denominator. */
    public long due() {
        return summoned - awaiting;
    }

    DepartmentResult ranked(Integer rank) {
        return new DepartmentResult(
                department,
                summoned,
                reportedIn,
                onTime,
                late,
                notReported,
                awaiting,
                missed,
                rated,
                satisfied,
                basicallySatisfied,
                notSatisfied,
                onTimeShare,
                ratingScore,
                rank);
    }
}
