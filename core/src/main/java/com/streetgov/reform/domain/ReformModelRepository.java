package com.streetgov.reform.domain;

import com.streetgov.tenancy.DistrictId;
import java.util.List;
import java.util.Optional;

/**
 * Stores each district's reform model as one document, with a revision for optimistic locking, and
 * its audit trail. Methods without a district work on the current request's district.
 */
public interface ReformModelRepository {

    /** A stored model document and its revision. */
    record Stored(String document, int revision) {}

    Optional<Stored> find();

    /** Saves the document if the stored revision is still {@code expectedRevision} (0: none yet). */
    void save(String document, int expectedRevision, AuditEntry entry);

    /** Explicit-district path, for seeding and onboarding. */
    void install(DistrictId district, String document, AuditEntry entry);

    boolean exists(DistrictId district);

    List<AuditEntry> history();
}
