package com.streetgov.open311.infrastructure;

import com.streetgov.open311.domain.ClientKeyAudit;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** One audit entry of a district's client keys (tenant-owned, append-only). */
@Entity
@Table(name = "api_key_audit")
class ClientKeyAuditEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 40)
    String id;

    @Column(name = "at", nullable = false)
    LocalDateTime at;

    @Column(name = "actor", nullable = false)
    String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    ClientKeyAudit.Action action;

    @Column(name = "key_id", nullable = false)
    String keyId;

    @Column(name = "client", nullable = false)
    String client;

    @Column(name = "reason", nullable = false)
    String reason;

    protected ClientKeyAuditEntity() {}

    ClientKeyAuditEntity(ClientKeyAudit e) {
        id = UUID.randomUUID().toString();
        at = e.at();
        actor = e.actor();
        action = e.action();
        keyId = e.keyId();
        client = e.client();
        reason = e.reason();
    }

    ClientKeyAudit toEntry() {
        return new ClientKeyAudit(at, actor, action, keyId, client, reason);
    }
}
