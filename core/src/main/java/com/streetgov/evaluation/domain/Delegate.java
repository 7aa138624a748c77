package com.streetgov.evaluation.domain;

import java.util.Objects;

/**
 * A residents' delegate (议事代表) of a street, who scores the co-governance projects at the year's
 * review through a link issued to them: one link each, so one vote per project. A retired delegate is
 * kept for the links already issued and offered no new one.
 */
public record Delegate(String id, String street, String name, String note, boolean retired) {

    public Delegate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
    }
}
