package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.organisation.domain.StreetRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
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
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class DistrictDirectory {

    private static final Logger LOG = Logger.getLogger(DistrictDirectory.class.getName());

    @Inject
    DistrictRepository districts;

    @Inject
    StreetRepository streets;

    @Inject
    CurrentDistrict currentDistrict;

    @Inject
    CurrentCaller currentCaller;

    /**
     * Vendor only: every district with its street count (none while it is being moved). Outside a
     * transaction: the districts' rows are read district by district on their own shards (DD039).
     */
    @Allowed(CallerRole.VENDOR_OPERATOR)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<DistrictSummary> allDistricts() {
        LOG.info("vendor read across districts: district list");
        Map<DistrictId, Integer> counts = districts.streetCounts();
        return districts.findAll().stream()
                .map(d -> DistrictSummary.of(d, counts.get(d.id())))
                .toList();
    }

    /** The current request's district, if it has one (none for the vendor). */
    @Allowed({CallerRole.VENDOR_OPERATOR, CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public Optional<DistrictSummary> currentDistrict() {
        return currentDistrict.get().flatMap(this::district);
    }

    /**
     * A district by id: any district for the vendor, only its own for a caller who belongs to one
     * (another district is not found).
     */
    @Allowed({
        CallerRole.VENDOR_OPERATOR,
        CallerRole.DISTRICT_ADMIN,
        CallerRole.STREET_STAFF,
        CallerRole.RESIDENT_CHANNEL
    })
    public Optional<DistrictSummary> district(DistrictId id) {
        Optional<DistrictId> own = currentCaller.get().flatMap(Caller::district);
        if (own.isPresent() && !own.get().equals(id)) {
            return Optional.empty();
        }
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
