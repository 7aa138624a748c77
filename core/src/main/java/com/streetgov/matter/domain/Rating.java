package com.streetgov.matter.domain;

/** The resident's rating of the answer: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    NOT_SATISFIED
}
