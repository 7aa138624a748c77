package com.streetgov.matter.infrastructure;

import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A stored whistle (tenant-owned); its summons are {@link SummonsEntity}s. */
@Entity
@Table(name = "whistle")
class WhistleEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "matter_number", nullable = false)
    String matterNumber;

    @Column(name = "street", nullable = false)
    String street;

    @Column(name = "blown_by", nullable = false)
    String blownBy;

    @Column(name = "blown_at", nullable = false)
    LocalDateTime blownAt;

    @Column(name = "report_in_minutes", nullable = false)
    int reportInMinutes;

    @Column(name = "reason")
    String reason;

    protected WhistleEntity() {}

    WhistleEntity(com.streetgov.matter.domain.Whistle w) {
        id = w.id();
        matterNumber = w.matterNumber();
        street = w.street();
        blownBy = w.blownBy();
        blownAt = w.blownAt();
        reportInMinutes = w.reportInMinutes();
        reason = w.reason();
    }
}
