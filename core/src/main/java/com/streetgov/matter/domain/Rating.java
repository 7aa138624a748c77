package com.streetgov.matter.domain;

import com.streetgov.text.Text;

/** The resident's rating of the answer: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED(Text.of("matter.ratingName.SATISFIED")),
    BASICALLY_SATISFIED(Text.of("matter.ratingName.BASICALLY_SATISFIED")),
    NOT_SATISFIED(Text.of("matter.ratingName.NOT_SATISFIED"));

    private final Text label;

    Rating(Text label) {
        this.label = label;
    }

    /** Its name (满意, Satisfied, …), as a matter's history records it. */
    public Text label() {
        return label;
    }
}
