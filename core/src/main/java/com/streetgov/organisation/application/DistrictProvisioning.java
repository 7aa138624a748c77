package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.organisation.domain.Street;
import com.streetgov.organisation.domain.StreetRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a district and its streets, idempotently: what exists is kept, what is missing is added.
 * Used to seed the demo districts and (later) by vendor onboarding.
 */
@ApplicationScoped
@Transactional
@Allowed(CallerRole.VENDOR_OPERATOR)
public class DistrictProvisioning {

    /** A district to provision. */
    public record DistrictSpec(String id, String name, String adcode, List<String> streets) {}

    @Inject
    DistrictRepository districts;

    @Inject
    StreetRepository streets;

    /** Returns true if anything was created. */
    public boolean ensure(DistrictSpec spec) {
        DistrictId id = DistrictId.of(spec.id());
        boolean created = false;
        if (districts.find(id).isEmpty()) {
            districts.add(new District(id, spec.name(), spec.id(), spec.adcode()));
            created = true;
        }
        Set<String> existing = new HashSet<>();
        streets.findAllOf(id).forEach(s -> existing.add(s.name()));
        int position = existing.size();
        for (String name : spec.streets()) {
            if (existing.add(name)) {
                streets.add(id, new Street(name, position++));
                created = true;
            }
        }
        return created;
    }
}
