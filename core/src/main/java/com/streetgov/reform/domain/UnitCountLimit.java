package com.streetgov.reform.domain;

import java.util.Set;

/**
 * How many units of the counted kinds a street's layout may have. Applies to streets of {@code
 * streetKind} in {@code zone}; a null kind or zone matches any. A null bound is no bound.
 */
public record UnitCountLimit(
        String label, StreetKind streetKind, String zone, Set<UnitKind> countedKinds, Integer min, Integer max) {

    public UnitCountLimit {
        countedKinds = Set.copyOf(countedKinds);
    }

    public boolean appliesTo(StreetProfile street) {
        return (streetKind == null || streetKind == street.kind()) && (zone == null || zone.equals(street.zone()));
    }
}
