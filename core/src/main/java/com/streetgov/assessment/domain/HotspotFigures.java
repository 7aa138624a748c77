package com.streetgov.assessment.domain;

import java.util.List;

/** Counts the current district's matters by category or place, per period, by the day they came in. */
public interface HotspotFigures {

    /**
     * One row per key of {@code kind} with matters in any of the periods: its matters in
     * {@code period} and in each of {@code previous} (oldest first, in that order).
     */
    List<HotspotCounts> counts(HotspotKind kind, Period period, List<Period> previous);

    /** The matters of {@code key} received in {@code period}, newest first, a page at a time. */
    List<PeriodMatter> matters(HotspotKind kind, String key, Period period, int offset, int limit);

    /** How many matters {@link #matters} lists in all. */
    long count(HotspotKind kind, String key, Period period);
}
