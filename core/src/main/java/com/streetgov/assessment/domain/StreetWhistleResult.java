package com.streetgov.assessment.domain;

import java.math.BigDecimal;

/**
 * A street's whistles in a period (吹哨 side): whistles blown and what became of their matters
 * (resolved, answered, still open), the summonses they sent and how many reported in, and its rank by
 * the resolved share of its whistles. Shares are null when there is nothing to divide by.
 */
public record StreetWhistleResult(
        String street,
        String streetName,
        long whistles,
        long resolved,
        long answered,
        long open,
        long summonses,
        long reportedIn,
        BigDecimal resolvedShare,
        BigDecimal reportedInShare,
        Integer rank) {

    StreetWhistleResult ranked(Integer rank) {
        return new StreetWhistleResult(
                street,
                streetName,
                whistles,
                resolved,
                answered,
                open,
                summonses,
                reportedIn,
                resolvedShare,
                reportedInShare,
                rank);
    }
}
