package com.streetgov.audit.domain;

import com.streetgov.tenancy.DistrictId;
import java.util.List;

/** The audit's storage; reads and {@link #append(ConfigChange)} are for the current district. */
public interface AuditRepository {

    /** Appends to the current district, inside the caller's transaction. */
    void append(ConfigChange change);

    /** Appends to {@code district} in a transaction of its own: the access stays logged whatever follows. */
    void appendAccess(DistrictId district, VendorAccess access);

    /** The newest first, at most {@code limit}. */
    List<ConfigChange> changes(int limit);

    /** The newest first, at most {@code limit}. */
    List<VendorAccess> accesses(int limit);
}
