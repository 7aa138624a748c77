package com.streetgov.audit.application;

import com.streetgov.audit.domain.AuditRepository;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.audit.domain.VendorAccess;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The district administrator's audit: every configuration change (the reform model's trail merged
 * in, newest first) and every access of the vendor to the district's cases (访问记录).
 */
@ApplicationScoped
@Transactional
@Allowed(CallerRole.DISTRICT_ADMIN)
public class AuditService {

    /** How many entries a screen shows. */
    public static final int LIMIT = 500;

    @Inject
    AuditRepository repository;

    @Inject
    ReformModelService reformModels;

    public List<ConfigChange> changes() {
        List<ConfigChange> all = new ArrayList<>(repository.changes(LIMIT));
        reformModels.history().stream()
                .limit(LIMIT)
                .map(e -> new ConfigChange(e.at(), e.actor(), ConfigArea.REFORM_MODEL, e.summary(), e.reason()))
                .forEach(all::add);
        all.sort(Comparator.comparing(ConfigChange::at).reversed());
        return all.size() > LIMIT ? List.copyOf(all.subList(0, LIMIT)) : List.copyOf(all);
    }

    public List<VendorAccess> vendorAccesses() {
        return repository.accesses(LIMIT);
    }
}
