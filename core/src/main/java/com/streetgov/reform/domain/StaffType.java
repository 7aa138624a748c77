package com.streetgov.reform.domain;

/** Staffing quota (编制) types. */
public enum StaffType {
    ADMINISTRATIVE,
    PUBLIC_INSTITUTION,
    ENFORCEMENT
}
