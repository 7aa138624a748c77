package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.organisation.domain.StreetRepository;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads districts and the current district's streets. {@link #allDistricts()} is the explicit
 * cross-district path for vendor screens and is logged; everything else is scoped to the current
 * district.
 */
@ApplicationScoped
@Transactional
public class DistrictDirectory {

    private static final Logger LOG = Logger.getLogger(DistrictDirectory.class.getName());

    @Inject
    DistrictRepository districts;

    @Inject
    StreetRepository streets;

    @Inject
    CurrentDistrict currentDistrict;

    /** Vendor only (the caller checks the role): every district with its street count. */
    public List<DistrictSummary> allDistricts() {
        LOG.info("vendor read across districts: district list");
        Map<DistrictId, Integer> counts = districts.streetCounts();
        return districts.findAll().stream()
                .map(d -> DistrictSummary.of(d, counts.getOrDefault(d.id(), 0)))
                .toList();
    }

    /** The current request's district, if it has one. */
    public Optional<DistrictSummary> currentDistrict() {
        return currentDistrict.get().flatMap(this::district);
    }

    /** A district by id: explicit path, the caller checks the user may see it. */
    public Optional<DistrictSummary> district(DistrictId id) {
        return districts
                .find(id)
                .map(d -> DistrictSummary.of(d, streets.findAllOf(id).size()));
    }

    /** The current district's streets. */
    public List<StreetSummary> streets() {
        return streets.findAll().stream().map(StreetSummary::of).toList();
    }

    /** A street of the current district; another district's street is not found. */
    public Optional<StreetSummary> street(String streetId) {
        return streets.find(streetId).map(StreetSummary::of);
    }
}
