package com.streetgov.enforcement.domain;

import com.streetgov.text.Text;

/** The kind of a power; the code letters are part of the power's code (see {@link PowerCode}). */
public enum PowerType {
    PENALTY("CF", "行政处罚"),
    INSPECTION("JC", "行政检查"),
    COERCIVE_MEASURE("QZ", "行政强制"),
    OTHER("QT", "其他");

    private final String letters;
    private final String label;

    PowerType(String letters, String label) {
        this.letters = letters;
        this.label = label;
    }

    public String letters() {
        return letters;
    }

    /** The Chinese name, as the catalog's sheet writes it. */
    public String label() {
        return label;
    }

    /** The name in the reader's language. */
    public Text text() {
        String key = "enforcement.type." + name();
        return Text.of(key);
    }
}
