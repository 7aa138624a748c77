package com.streetgov.assessment.domain;

/**
 * What a hotspot is: a matter category (a duty item's code; none → {@link #UNCATEGORISED}), or a
 * place — a community or a grid. Matters without the place are not counted for it. (Streets have
 * their figures in the results' STREET dimension.)
 */
public enum HotspotKind {
    CATEGORY,
    COMMUNITY,
    GRID;

    /** The key of matters with no category (as in the results' CATEGORY dimension). */
    public static final String UNCATEGORISED = "未分类";
}
