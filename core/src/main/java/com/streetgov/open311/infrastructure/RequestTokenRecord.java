package com.streetgov.open311.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The SHA-256 of an Open311 request id and the matter it names (tenant-owned). */
@Entity
@Table(name = "open311_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "district_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
class RequestTokenRecord {

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "matter_number", nullable = false)
    String matterNumber;

    @Column(name = "api_key_id")
    String keyId;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    protected RequestTokenRecord() {}

    RequestTokenRecord(String tokenHash, String matterNumber, String keyId, LocalDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.matterNumber = matterNumber;
        this.keyId = keyId;
        this.createdAt = createdAt;
    }
}
