package com.streetgov.audit.application;

import com.streetgov.audit.domain.AuditRepository;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;

/**
 * Writes a configuration change into the current district's audit, in the transaction of the service
 * that made it, naming the caller. Used by the services only: it is no operation of its own (the role
 * check happened on the service's operation).
 */
@ApplicationScoped
public class ConfigChanges {

    private static final int SUMMARY = 500;

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller caller;

    public void record(ConfigArea area, String summary) {
        record(area, summary, null);
    }

    public void record(ConfigArea area, String summary, String reason) {
        String actor = caller.get().map(Caller::name).orElse("system");
        String text = summary.length() > SUMMARY ? summary.substring(0, SUMMARY - 1) + "…" : summary;
        repository.append(new ConfigChange(OffsetDateTime.now(), actor, area, text, reason));
    }
}
