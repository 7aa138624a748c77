package com.streetgov.reform.infrastructure;

import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The stored reform model of one district (tenant-owned; one per district). */
@Entity
@Table(name = "reform_model")
class ReformModelEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "document", nullable = false)
    private String document;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ReformModelEntity() {}

    ReformModelEntity(String document) {
        this.id = UUID.randomUUID().toString();
        this.document = document;
        this.revision = 1;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    String document() {
        return document;
    }

    int revision() {
        return revision;
    }

    void replace(String newDocument) {
        this.document = newDocument;
        this.revision++;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
