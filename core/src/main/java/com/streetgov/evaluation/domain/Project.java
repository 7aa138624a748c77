package com.streetgov.evaluation.domain;

import java.util.Objects;

/**
 * A co-governance project (共治项目) of a street and year, put before the residents' delegates to be
 * scored (Luohu: 58 projects of 5 streets at one review). Its code becomes the question's code in the
 * scoring questionnaire generated from the projects.
 */
public record Project(String code, String street, String name, String summary, int year) {

    public Project {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(name, "name");
        summary = summary == null ? "" : summary;
    }
}
