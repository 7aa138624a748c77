package com.streetgov.matter.domain;

/** The resident's rating of the answer: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    NOT_SATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The Chinese name, as recorded in a matter's history. */
    public String label() {
        return label;
    }
}
