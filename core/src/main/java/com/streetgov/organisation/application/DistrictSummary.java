package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.District;

/** What the UI and API show of a district. */
public record DistrictSummary(String id, String name, String adcode, int streetCount) {

    static DistrictSummary of(District district, int streetCount) {
        return new DistrictSummary(district.id().value(), district.name(), district.adcode(), streetCount);
    }
}
