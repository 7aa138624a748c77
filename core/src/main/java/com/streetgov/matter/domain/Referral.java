package com.streetgov.matter.domain;

/**
 * Where a matter that is not for the street's units went (转办): a district department of the dispatch
 * catalog, by its code and by the name it had when the matter was referred (the history reads right
 * even after the catalog renames or drops the department).
 */
public record Referral(String department, String name) {

    public Referral {
        if (department == null || department.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a referral names the department's code and name");
        }
    }
}
