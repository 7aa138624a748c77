package com.streetgov.reform.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A district's reform model: the aggregate root. It holds the district's streets, its rules, what it
 * calls each unit kind, and the versions of the street layout in the order they were made.
 *
 * <p>Invariants checked by {@link ModelValidator} (not by construction, so that a model under edit can
 * be held and explained): codes and names are unique; every reference (scope, crosswalk, dispatched
 * agency) resolves; the district's rules hold for every street a version covers.
 *
 * <p>As of a date, a street's layout is that of the latest version which took effect on or before the
 * date and covers the street; a street's own plan wins over a district model of the same date.
 */
public record ReformModel(
        String templateId,
        String title,
        List<String> sources,
        String districtName,
        String adcode,
        Map<UnitKind, String> terminology,
        List<StreetProfile> streets,
        ModelRules rules,
        List<ModelVersion> versions) {

    public ReformModel {
        sources = List.copyOf(sources);
        terminology = Map.copyOf(terminology);
        streets = List.copyOf(streets);
        versions = List.copyOf(versions);
    }

    public Optional<StreetProfile> street(String code) {
        return streets.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<ModelVersion> version(String code) {
        return versions.stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /** The version whose layout {@code streetCode} had on {@code date}, if any had taken effect. */
    public Optional<ModelVersion> layoutOf(String streetCode, LocalDate date) {
        return versions.stream()
                .filter(v -> v.status().tookEffect() && v.effectiveFrom() != null)
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .filter(v -> v.covers(streetCode))
                .max(Comparator.comparing(ModelVersion::effectiveFrom)
                        .thenComparing(v -> v.level() == VersionLevel.STREET));
    }

    /** The units of {@code streetCode}'s layout on {@code date}; empty before any version took effect. */
    public List<Unit> unitsOf(String streetCode, LocalDate date) {
        return layoutOf(streetCode, date).map(ModelVersion::units).orElse(List.of());
    }
}
