package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A district's duty-list settings, one row per district named {@value #ADMISSION}: the admission
 * policy and whether streets may re-divide duties among their units.
 */
@Entity
@Table(name = "duty_settings")
class DutySettingsEntity extends TenantOwnedEntity {

    static final String ADMISSION = "admission";

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "notice_working_days", nullable = false)
    private int noticeWorkingDays;

    @Column(name = "decision_working_days", nullable = false)
    private int decisionWorkingDays;

    @Column(name = "streets_may_redivide", nullable = false)
    private boolean streetsMayRedivide;

    protected DutySettingsEntity() {}

    DutySettingsEntity(AdmissionPolicy policy) {
        this.name = ADMISSION;
        update(policy);
    }

    boolean streetsMayRedivide() {
        return streetsMayRedivide;
    }

    void allowRedivision(boolean allowed) {
        streetsMayRedivide = allowed;
    }

    void update(AdmissionPolicy policy) {
        noticeWorkingDays = policy.noticeWorkingDays();
        decisionWorkingDays = policy.decisionWorkingDays();
    }

    AdmissionPolicy toPolicy() {
        return new AdmissionPolicy(noticeWorkingDays, decisionWorkingDays);
    }
}
