package com.streetgov.reform.domain;

/** The kind of a post-reform unit: 部 / 办 / 中心 / 队 / 委 (what a district calls each is its terminology). */
public enum UnitKind {
    DEPARTMENT,
    OFFICE,
    CENTER,
    TEAM,
    COMMISSION
}
