package com.streetgov.assessment.domain;

import java.util.List;

/**
 * The matters of one category or place: {@code current} in the period, {@code previous} in each of
 * the periods before it, oldest first.
 */
public record HotspotCounts(String key, String name, long current, List<Long> previous) {

    public HotspotCounts {
        previous = List.copyOf(previous);
    }
}
