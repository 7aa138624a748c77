package com.streetgov.matter.application;

import com.streetgov.matter.domain.GeneratedHistoryStore;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.tenancy.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Loads a demo district's generated history (a year of answered matters with their return visits,
 * see {@code tenantconfig.demo.DemoHistory}) in one transaction of the current district: all of it
 * or nothing, and nothing when the district already has generated matters. Start-up seeding only: no
 * role but the system may call it.
 */
@ApplicationScoped
@Transactional
@Allowed({})
public class GeneratedHistory {

    @Inject
    GeneratedHistoryStore store;

    /** Whether the current district has generated matters. */
    public boolean present() {
        return store.hasGenerated();
    }

    /**
     * Writes {@code batches} (produced one at a time, e.g. one assessment period each) unless the
     * district has generated matters already; returns the rows written, 0 if it had.
     */
    public long loadIfAbsent(Iterable<List<GeneratedMatter>> batches) {
        if (store.hasGenerated()) {
            return 0;
        }
        long written = 0;
        for (List<GeneratedMatter> batch : batches) {
            written += store.write(batch);
        }
        return written;
    }
}
