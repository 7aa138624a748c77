package com.streetgov.duty.domain;

/** The street's role in a duty item: 主责 / 协调 / 配合. */
public enum DutyRole {
    LEAD,
    COORDINATE,
    ASSIST
}
