package com.streetgov.duty.domain;

/**
 * A filter over a duty list for paged screens: free text (matches code, name and keywords), and
 * optionally one area, level and role. Null or blank means "any".
 */
public record DutyQuery(String text, String area, DutyLevel level, DutyRole role) {

    public static final DutyQuery ALL = new DutyQuery(null, null, null, null);
}
