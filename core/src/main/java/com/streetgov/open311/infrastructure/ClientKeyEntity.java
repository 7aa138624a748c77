package com.streetgov.open311.infrastructure;

import com.streetgov.open311.domain.ClientKey;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A district's client key: its SHA-256, never the key (tenant-owned). */
@Entity
@Table(name = "api_key")
class ClientKeyEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 40)
    String id;

    @Column(name = "client", nullable = false)
    String client;

    @Column(name = "hint", nullable = false)
    String hint;

    @Column(name = "key_hash", nullable = false, updatable = false)
    String keyHash;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "revoked_by")
    String revokedBy;

    @Column(name = "revoked_at")
    LocalDateTime revokedAt;

    @Column(name = "last_used_at")
    LocalDateTime lastUsedAt;

    protected ClientKeyEntity() {}

    ClientKeyEntity(ClientKey key, String hash) {
        id = key.id();
        keyHash = hash;
        update(key);
    }

    void update(ClientKey key) {
        client = key.client();
        hint = key.hint();
        createdBy = key.createdBy();
        createdAt = key.createdAt();
        revokedBy = key.revokedBy();
        revokedAt = key.revokedAt();
        lastUsedAt = key.lastUsedAt();
    }

    ClientKey toKey() {
        return new ClientKey(id, client, hint, createdBy, createdAt, revokedBy, revokedAt, lastUsedAt);
    }
}
