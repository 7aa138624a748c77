package com.streetgov.organisation.application;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.organisation.domain.Street;
import com.streetgov.organisation.domain.StreetRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.ShardDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a district and its streets, idempotently: what exists is kept, what is missing is added.
 * Used to seed the demo districts and by vendor onboarding. A new district is first {@link #place}d
 * on a shard (its registry and directory rows, committed on their own), then {@link #ensure}d: its
 * rows are written in the database of that shard only (DD039).
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

    @Inject
    ShardDirectory shards;

    /**
     * Registers the district and places it on {@code shard} (null: the shard with the fewest
     * districts), unless it was placed before; outside the caller's transaction. Returns its shard.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String place(DistrictSpec spec, String shard) {
        return shards.register(
                DistrictId.of(spec.id()),
                spec.name(),
                spec.id(),
                spec.adcode(),
                shard == null ? shards.leastLoaded() : shard);
    }

    /** Undoes {@link #place} after onboarding failed before any of the district's rows were written. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void unplace(DistrictId id) {
        shards.unregister(id);
    }

    /** Writes what is missing of a {@link #place}d district; returns true if anything was created. */
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
