package com.streetgov.dispatch.domain;

import java.util.Objects;

/**
 * Where a matter type is handled: a street duty item (by its code; the item's lead unit in the street's
 * layout in force takes the matter), a district department (by its code in the catalog) or the
 * community (no reference).
 */
public record DispatchTarget(Kind kind, String ref) {

    /** The kinds of place a matter can be sent to. */
    public enum Kind {
        ITEM,
        DEPARTMENT,
        COMMUNITY
    }

    public DispatchTarget {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.COMMUNITY) {
            ref = null;
        } else if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException(kind + " target needs a reference");
        }
    }

    public static DispatchTarget item(String code) {
        return new DispatchTarget(Kind.ITEM, code);
    }

    public static DispatchTarget department(String code) {
        return new DispatchTarget(Kind.DEPARTMENT, code);
    }

    public static DispatchTarget community() {
        return new DispatchTarget(Kind.COMMUNITY, null);
    }
}
