package com.streetgov.organisation.domain;

import com.streetgov.tenancy.DistrictId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenant registry. Listing all districts is for vendor screens only. */
public interface DistrictRepository {

    List<District> findAll();

    Optional<District> find(DistrictId id);

    void add(District district);

    /** Vendor path: how many streets each district has, counted district by district. */
    Map<DistrictId, Integer> streetCounts();
}
