package com.streetgov.reform.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Edits to a version's layout, as pure functions returning the changed version: add, rename, remove,
 * merge and split units, and assign legacy sections to a unit (the crosswalk). Whether the result keeps
 * the district's rules is for {@link ModelValidator} to say; these only refuse what cannot be meant
 * (an unknown unit, merging a unit into itself).
 */
public final class LayoutEdits {

    private LayoutEdits() {}

    public static ModelVersion addUnit(ModelVersion v, String code, String name, UnitKind kind) {
        List<Unit> units = new ArrayList<>(v.units());
        units.add(new Unit(
                code,
                name,
                kind,
                kind == UnitKind.CENTER,
                false,
                false,
                List.of(),
                List.of(),
                Map.of(),
                null,
                null,
                false));
        return withUnits(v, units);
    }

    public static ModelVersion renameUnit(ModelVersion v, String code, String newName) {
        return change(v, code, u -> copy(u, newName, u.legacySections()));
    }

    public static ModelVersion removeUnit(ModelVersion v, String code) {
        require(v, code);
        return withUnits(
                v, v.units().stream().filter(u -> !u.code().equals(code)).toList());
    }

    /** Several units become {@code into}: it takes over their legacy sections and plaques; they go. */
    public static ModelVersion mergeUnits(ModelVersion v, String into, List<String> merged) {
        Unit target = require(v, into);
        if (merged.contains(into)) {
            throw new IllegalArgumentException("a unit cannot be merged into itself");
        }
        Set<String> legacy = new LinkedHashSet<>(target.legacySections());
        Set<String> plaques = new LinkedHashSet<>(target.plaques());
        for (String code : merged) {
            Unit unit = require(v, code);
            legacy.addAll(unit.legacySections());
            plaques.add(unit.name());
            plaques.addAll(unit.plaques());
        }
        List<Unit> units = new ArrayList<>();
        for (Unit u : v.units()) {
            if (u.code().equals(into)) {
                units.add(new Unit(
                        u.code(),
                        u.name(),
                        u.kind(),
                        u.publicInstitution(),
                        u.headConcurrentByStreetLeader(),
                        u.generalAffairsPost(),
                        List.copyOf(plaques),
                        List.copyOf(legacy),
                        u.establishment(),
                        u.leadershipPosts(),
                        u.note(),
                        u.tbc()));
            } else if (!merged.contains(u.code())) {
                units.add(u);
            }
        }
        return withUnits(v, units);
    }

    /** Part of a unit becomes a new unit of the same kind, taking {@code movedSections} with it. */
    public static ModelVersion splitUnit(
            ModelVersion v, String code, String newCode, String newName, List<String> movedSections) {
        Unit source = require(v, code);
        List<Unit> units = new ArrayList<>();
        for (Unit u : v.units()) {
            if (u.code().equals(code)) {
                units.add(copy(
                        u,
                        u.name(),
                        u.legacySections().stream()
                                .filter(s -> !movedSections.contains(s))
                                .toList()));
                units.add(new Unit(
                        newCode,
                        newName,
                        source.kind(),
                        source.publicInstitution(),
                        false,
                        false,
                        List.of(),
                        List.copyOf(movedSections),
                        Map.of(),
                        null,
                        null,
                        false));
            } else {
                units.add(u);
            }
        }
        return withUnits(v, units);
    }

    /** Sets which legacy sections merge into a unit; a section may also stay with other units (split). */
    public static ModelVersion assignLegacySections(ModelVersion v, String code, List<String> sections) {
        return change(v, code, u -> copy(u, u.name(), sections));
    }

    private static Unit require(ModelVersion v, String code) {
        return v.unit(code).orElseThrow(() -> new IllegalArgumentException("no unit " + code + " in " + v.code()));
    }

    private static ModelVersion change(ModelVersion v, String code, UnaryOperator<Unit> edit) {
        require(v, code);
        return withUnits(
                v,
                v.units().stream()
                        .map(u -> u.code().equals(code) ? edit.apply(u) : u)
                        .toList());
    }

    private static Unit copy(Unit u, String name, List<String> legacy) {
        return new Unit(
                u.code(),
                name,
                u.kind(),
                u.publicInstitution(),
                u.headConcurrentByStreetLeader(),
                u.generalAffairsPost(),
                u.plaques(),
                legacy,
                u.establishment(),
                u.leadershipPosts(),
                u.note(),
                u.tbc());
    }

    public static ModelVersion withUnits(ModelVersion v, List<Unit> units) {
        return new ModelVersion(
                v.code(),
                v.title(),
                v.level(),
                v.street(),
                v.allStreets(),
                v.scope(),
                v.status(),
                v.effectiveFrom(),
                v.legacySections(),
                units,
                v.dispatchedAgencies());
    }
}
