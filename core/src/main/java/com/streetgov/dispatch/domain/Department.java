package com.streetgov.dispatch.domain;

import java.util.List;
import java.util.Objects;

/**
 * A district department (区直部门) that receives matters the streets do not handle themselves, by its
 * code in the district's catalog, its official name and the other names residents and staff use.
 */
public record Department(String code, String name, List<String> synonyms, String basis) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        basis = basis == null ? "inferred" : basis;
    }

    /** Whether {@code name} is this department's name or one of its other names. */
    public boolean isCalled(String name) {
        return this.name.equals(name) || synonyms.contains(name);
    }
}
