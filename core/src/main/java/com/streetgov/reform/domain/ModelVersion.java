package com.streetgov.reform.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a street layout: a district-level model covering some or all streets, or one
 * street's plan. It answers as-of queries once it took effect.
 *
 * @param scope the street codes covered; empty with {@code allStreets} true means every street
 * @param street with level STREET, the street whose plan this is
 */
public record ModelVersion(
        String code,
        String title,
        VersionLevel level,
        String street,
        boolean allStreets,
        List<String> scope,
        VersionStatus status,
        LocalDate effectiveFrom,
        List<LegacySection> legacySections,
        List<Unit> units,
        List<DispatchedAgency> dispatchedAgencies) {

    public ModelVersion {
        scope = List.copyOf(scope);
        legacySections = List.copyOf(legacySections);
        units = List.copyOf(units);
        dispatchedAgencies = List.copyOf(dispatchedAgencies);
    }

    public boolean covers(String streetCode) {
        if (level == VersionLevel.STREET) {
            return streetCode.equals(street);
        }
        return allStreets || scope.contains(streetCode);
    }

    /** Legacy sections no unit lists in its crosswalk, in their order. */
    public List<LegacySection> unmappedLegacySections() {
        Set<String> mapped =
                units.stream().flatMap(u -> u.legacySections().stream()).collect(Collectors.toSet());
        return legacySections.stream().filter(l -> !mapped.contains(l.code())).toList();
    }

    public Optional<Unit> unit(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }

    public ModelVersion withStatus(VersionStatus newStatus, LocalDate newEffectiveFrom) {
        return new ModelVersion(
                code,
                title,
                level,
                street,
                allStreets,
                scope,
                newStatus,
                newEffectiveFrom,
                legacySections,
                units,
                dispatchedAgencies);
    }
}
