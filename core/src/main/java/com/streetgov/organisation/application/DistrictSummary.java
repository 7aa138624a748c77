package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.District;

/**
 * What the UI and API show of a district. {@code streetCount} is null while the district is being moved
 * between shards (DD039): its streets cannot be read for those seconds, and 0 would be a wrong figure.
 */
public record DistrictSummary(String id, String name, String adcode, Integer streetCount) {

    static DistrictSummary of(District district, Integer streetCount) {
        return new DistrictSummary(district.id().value(), district.name(), district.adcode(), streetCount);
    }
}
