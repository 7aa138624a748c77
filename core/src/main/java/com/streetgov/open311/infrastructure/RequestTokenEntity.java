package com.streetgov.open311.infrastructure;

import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The SHA-256 of an Open311 request id and the matter it names (tenant-owned). */
@Entity
@Table(name = "open311_request")
class RequestTokenEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "matter_number", nullable = false)
    String matterNumber;

    @Column(name = "api_key_id")
    String keyId;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    protected RequestTokenEntity() {}

    RequestTokenEntity(String tokenHash, String matterNumber, String keyId, LocalDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.matterNumber = matterNumber;
        this.keyId = keyId;
        this.createdAt = createdAt;
    }
}
