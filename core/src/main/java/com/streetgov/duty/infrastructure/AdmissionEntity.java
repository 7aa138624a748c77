package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.AdmissionApplication;
import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** One stored admission application (tenant-owned), with who last moved it and when. */
@Entity
@Table(name = "admission")
class AdmissionEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "task", nullable = false)
    private String task;

    @Column(name = "department", nullable = false)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false)
    private DutyLevel targetLevel;

    @Column(name = "area", nullable = false)
    private String area;

    @Convert(converter = TextListConverter.class)
    @Column(name = "lead_units", nullable = false)
    private List<String> leadUnits;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "requested_effective_from", nullable = false)
    private LocalDate requestedEffectiveFrom;

    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AdmissionApplication.Status status;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AdmissionEntity() {}

    AdmissionEntity(AdmissionEntry entry, String by) {
        AdmissionApplication a = entry.application();
        code = a.code();
        task = a.task();
        department = a.department();
        targetLevel = a.targetLevel();
        area = entry.area();
        leadUnits = entry.leadUnits();
        appliedOn = a.appliedOn();
        requestedEffectiveFrom = a.requestedEffectiveFrom();
        decisionDue = a.decisionDue();
        status = a.status();
        revokedOn = a.revokedOn().orElse(null);
        updatedBy = by;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    AdmissionEntry toEntry() {
        return new AdmissionEntry(
                new AdmissionApplication(
                        code,
                        task,
                        department,
                        targetLevel,
                        appliedOn,
                        requestedEffectiveFrom,
                        decisionDue,
                        status,
                        Optional.ofNullable(revokedOn)),
                area,
                leadUnits);
    }
}
