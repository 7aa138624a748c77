package com.streetgov.audit.application;

import com.streetgov.audit.domain.AuditRepository;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.platform.TextColumns;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;

/**
 * Writes a configuration change into the current district's audit, in the transaction of the service
 * that made it, naming the caller. The summary is a text, read later in the reader's language (a
 * summary given as a string is kept as written). Used by the services only: it is no operation of its
 * own (the role check happened on the service's operation).
 */
@ApplicationScoped
public class ConfigChanges {

    private static final int SUMMARY = 500;

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller caller;

    public void record(ConfigArea area, Text summary) {
        record(area, summary, null);
    }

    public void record(ConfigArea area, Text summary, String reason) {
        String actor = caller.get().map(Caller::name).orElse("system");
        repository.append(
                new ConfigChange(OffsetDateTime.now(), actor, area, TextColumns.fitting(summary, SUMMARY), reason));
    }

    /** A summary in words already written (kept as written in every language). */
    public void record(ConfigArea area, String summary) {
        record(area, summary, null);
    }

    /** A summary in words already written (kept as written in every language), and why. */
    public void record(ConfigArea area, String summary, String reason) {
        record(area, Text.literal(summary), reason);
    }
}
