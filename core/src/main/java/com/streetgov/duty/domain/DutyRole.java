package com.streetgov.duty.domain;

/**
 * The street's role in a duty item: 主责 / 协调 / 配合, or not classified where the district's list
 * has items outside that classification (Xicheng: 38 / 36 / 24 classified within 122 items).
 */
public enum DutyRole {
    LEAD,
    COORDINATE,
    ASSIST,
    UNCLASSIFIED
}
