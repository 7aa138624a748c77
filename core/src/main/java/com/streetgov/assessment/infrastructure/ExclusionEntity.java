package com.streetgov.assessment.infrastructure;

import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A stored exclusion from assessment (tenant-owned), one per matter. */
@Entity
@Table(name = "matter_exclusion")
class ExclusionEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "matter_number")
    String matterNumber;

    @Column(name = "kind", nullable = false)
    String kind;

    @Column(name = "reason", nullable = false)
    String reason;

    @Column(name = "requested_by", nullable = false)
    String requestedBy;

    @Column(name = "requested_at", nullable = false)
    LocalDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    Exclusion.State state;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    LocalDateTime decidedAt;

    @Column(name = "decision_note")
    String decisionNote;

    protected ExclusionEntity() {}

    ExclusionEntity(Exclusion e) {
        matterNumber = e.matterNumber();
        update(e);
    }

    void update(Exclusion e) {
        kind = e.kind();
        reason = e.reason();
        requestedBy = e.requestedBy();
        requestedAt = e.requestedAt();
        state = e.state();
        decidedBy = e.decidedBy().orElse(null);
        decidedAt = e.decidedAt().orElse(null);
        decisionNote = e.decisionNote().orElse(null);
    }

    Exclusion toExclusion() {
        return Exclusion.restore(
                matterNumber, kind, reason, requestedBy, requestedAt, state, decidedBy, decidedAt, decisionNote);
    }
}
