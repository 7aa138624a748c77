package com.streetgov.assessment.domain;

import java.time.LocalDateTime;

/**
 * One matter behind a figure: a matter received in the period whose return visit is done, with the
 * visit's outcome and its exclusion (if any was requested). {@code counted} is true when the matter is
 * in the figure's denominator: not excluded by an approved exclusion, and reached (or the rules divide
 * by all visits). So the counted rows of a drill-down are exactly the denominator of its figure.
 *
 * <p>{@code visitChannel} is STAFF or RESIDENT; {@code satisfaction} SATISFIED, BASICALLY_SATISFIED or
 * NOT_SATISFIED (null for an invalid visit); {@code exclusionState} REQUESTED, APPROVED or REFUSED
 * (null when none was requested) and {@code exclusionKind} the kind's name under the period's rules.
 */
public record CountedMatter(
        String number,
        String title,
        String street,
        String streetName,
        String leadUnit,
        String unitName,
        String area,
        String category,
        LocalDateTime receivedAt,
        String visitChannel,
        boolean reached,
        String unreached,
        Boolean contacted,
        Boolean resolved,
        String satisfaction,
        LocalDateTime visitedAt,
        String exclusionKind,
        String exclusionState,
        String exclusionReason,
        boolean counted) {

    /** True when an approved exclusion takes this matter out of assessment. */
    public boolean excluded() {
        return "APPROVED".equals(exclusionState);
    }

    /** True when the visit did not reach the resident (unreachable or refused). */
    public boolean invalid() {
        return !reached;
    }

    /** This row with the names of its street, unit and exclusion kind. */
    public CountedMatter named(String streetName, String unitName, String exclusionKindName) {
        return new CountedMatter(
                number,
                title,
                street,
                streetName,
                leadUnit,
                unitName,
                area,
                category,
                receivedAt,
                visitChannel,
                reached,
                unreached,
                contacted,
                resolved,
                satisfaction,
                visitedAt,
                exclusionKindName,
                exclusionState,
                exclusionReason,
                counted);
    }
}
