package com.streetgov.duty.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a duty list. {@code leadUnits} and {@code assistingUnits} are unit codes of the street
 * layout in force (normally one lead unit; a street may re-divide with a {@link StreetAssignment}).
 * Active from {@code effectiveFrom} until the day before {@code effectiveTo} (null: open-ended).
 */
public record DutyItem(
        String code,
        String name,
        String area,
        DutyLevel level,
        DutyRole streetRole,
        List<String> leadUnits,
        List<String> assistingUnits,
        String legalBasis,
        String origin,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<String> keywords,
        boolean generated) {

    public DutyItem {
        leadUnits = List.copyOf(leadUnits);
        assistingUnits = List.copyOf(assistingUnits);
        keywords = List.copyOf(keywords);
    }

    public boolean activeOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
