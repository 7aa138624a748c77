package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.ActivityFigures;
import com.streetgov.assessment.domain.DistrictActivity;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.DistrictElsewhereException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The vendor's view of every district's use of the product: volume and activity as counts only, never
 * a case's contents (DD023). The explicit cross-district path, like {@code DistrictDirectory.allDistricts}:
 * one district at a time through an EntityManager bound to it, so row-level security holds (DD022);
 * logged.
 */
@ApplicationScoped
@Transactional
@Allowed(CallerRole.VENDOR_OPERATOR)
public class VendorActivity {

    private static final Logger LOG = Logger.getLogger(VendorActivity.class.getName());

    @Inject
    DistrictRepository districts;

    @Inject
    ActivityFigures figures;

    @Inject
    MatterClock clock;

    /** Each district's activity as of today, by district name; district by district, on its shard. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<DistrictActivity> districts() {
        LOG.info("vendor read across districts: activity counts");
        var today = clock.now().toLocalDate();
        List<DistrictActivity> all = new ArrayList<>();
        for (var d : districts.findAll()) {
            try {
                all.add(figures.activity(d.id(), d.name(), today));
            } catch (DistrictElsewhereException moving) {
                LOG.info(() -> d.id() + " is being moved between shards: left out of the activity counts");
            }
        }
        return all;
    }
}
