package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.Street;

/** What the UI and API show of a street. */
public record StreetSummary(String id, String name) {

    static StreetSummary of(Street street) {
        return new StreetSummary(street.id(), street.name());
    }
}
