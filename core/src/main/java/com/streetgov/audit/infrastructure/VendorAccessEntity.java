package com.streetgov.audit.infrastructure;

import com.streetgov.audit.domain.VendorAccess;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One access of the vendor to a district's cases (tenant-owned, append-only). */
@Entity
@Table(name = "vendor_access")
class VendorAccessEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "vendor", nullable = false)
    private String vendor;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "scope", nullable = false)
    private String scope;

    protected VendorAccessEntity() {}

    VendorAccessEntity(VendorAccess a) {
        this.id = UUID.randomUUID().toString();
        this.at = a.at();
        this.vendor = a.vendor();
        this.reason = a.reason();
        this.scope = a.scope();
    }

    VendorAccess toAccess() {
        return new VendorAccess(at, vendor, reason, scope);
    }
}
