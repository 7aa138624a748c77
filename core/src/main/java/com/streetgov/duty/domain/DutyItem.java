package com.streetgov.duty.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a duty list. {@code leadUnits} and {@code assistingUnits} are unit codes of the street
 * layout in force (normally one lead unit; a street may re-divide with a {@link StreetAssignment}).
 * Active from {@code effectiveFrom} until the day before {@code effectiveTo} (null: open-ended).
 * {@code origin} names the district department it came from; {@code movement} and {@code movedOn} say
 * whether and when it moved down, returned or was cancelled. Generated items (volume beyond what the
 * sources name) say so with {@code generated}.
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
        boolean generated,
        Movement movement,
        LocalDate movedOn) {

    public DutyItem {
        movement = movement == null ? Movement.ORIGINAL : movement;
        leadUnits = List.copyOf(leadUnits);
        assistingUnits = List.copyOf(assistingUnits);
        keywords = List.copyOf(keywords);
    }

    public DutyItem moved(Movement how, LocalDate on) {
        return new DutyItem(
                code,
                name,
                area,
                level,
                streetRole,
                leadUnits,
                assistingUnits,
                legalBasis,
                origin,
                effectiveFrom,
                how == Movement.CANCELLED ? on : effectiveTo,
                keywords,
                generated,
                how,
                on);
    }

    public boolean activeOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
