package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A category or place among a period's hotspots, with its rank in its list: {@code count} matters in
 * the period; {@code previous} per earlier period (oldest first) and their average; {@code rise} =
 * count − average; {@code ratio} = rise / average, null when the average is below the minimum base
 * (a rise from almost nothing says little). {@code count} equals the rows of its drill-down.
 */
public record Hotspot(
        HotspotKind kind,
        String key,
        String name,
        long count,
        List<Long> previous,
        BigDecimal previousAverage,
        BigDecimal rise,
        BigDecimal ratio,
        int rank) {

    public Hotspot {
        previous = List.copyOf(previous);
    }
}
