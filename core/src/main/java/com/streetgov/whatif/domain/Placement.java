package com.streetgov.whatif.domain;

import java.util.Objects;

/**
 * Where a matter lands: a unit of its street (by the unit's code, with its name), a district
 * department, the community, the dispatch desk (waiting for a clerk), or nowhere — its duty item has
 * no lead unit in the street's layout, or the street has no layout.
 */
public record Placement(Kind kind, String code, String name) {

    public enum Kind {
        UNIT,
        DEPARTMENT,
        COMMUNITY,
        DESK,
        NOWHERE
    }

    public static final Placement DESK = new Placement(Kind.DESK, "", "");
    public static final Placement COMMUNITY = new Placement(Kind.COMMUNITY, "", "");
    public static final Placement NOWHERE = new Placement(Kind.NOWHERE, "", "");

    public Placement {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
        name = name == null || name.isEmpty() ? code : name;
    }

    public static Placement unit(String code, String name) {
        return new Placement(Kind.UNIT, code, name);
    }

    public static Placement department(String code, String name) {
        return new Placement(Kind.DEPARTMENT, code, name);
    }

    /** Two placements are the same place when kind and code agree (a unit renamed stays the same unit). */
    public boolean samePlace(Placement other) {
        return kind == other.kind && code.equals(other.code);
    }
}
