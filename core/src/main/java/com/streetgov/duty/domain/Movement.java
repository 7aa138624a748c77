package com.streetgov.duty.domain;

/**
 * How an item reached its level: it was always there, it moved down from a district department (下沉),
 * it returned to the street (归位), or it was cancelled. Cancelled items end on their movement date.
 */
public enum Movement {
    ORIGINAL("原有"),
    MOVED_DOWN("下沉"),
    RETURNED("归位"),
    CANCELLED("取消");

    private final String label;

    Movement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
