package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.VisitChannel;
import com.streetgov.matter.domain.VisitOutcome;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A stored return visit (tenant-owned), one per matter; the outcome columns are empty while DUE. */
@Entity
@Table(name = "return_visit")
class ReturnVisitEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "matter_number")
    String matterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    ReturnVisit.State state;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "due_at", nullable = false)
    LocalDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    VisitChannel channel;

    @Column(name = "reached")
    Boolean reached;

    @Enumerated(EnumType.STRING)
    @Column(name = "unreached")
    VisitOutcome.Unreached unreached;

    @Column(name = "contacted")
    Boolean contacted;

    @Column(name = "resolved")
    Boolean resolved;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction")
    Rating satisfaction;

    @Column(name = "note")
    String note;

    @Column(name = "visited_by")
    String visitedBy;

    @Column(name = "visited_at")
    LocalDateTime visitedAt;

    protected ReturnVisitEntity() {}

    ReturnVisitEntity(ReturnVisit visit) {
        matterNumber = visit.matterNumber();
        createdAt = visit.createdAt();
        update(visit);
    }

    /** Copies the state, the due date and the outcome (cleared while DUE). */
    void update(ReturnVisit visit) {
        state = visit.state();
        dueAt = visit.dueAt();
        VisitOutcome o = visit.outcome().orElse(null);
        channel = o == null ? null : o.channel();
        reached = o == null ? null : o.reached();
        unreached = o == null ? null : o.unreached();
        contacted = o == null ? null : o.contacted();
        resolved = o == null ? null : o.resolved();
        satisfaction = o == null ? null : o.satisfaction();
        note = o == null ? null : o.note();
        visitedBy = o == null ? null : o.visitedBy();
        visitedAt = o == null ? null : o.visitedAt();
    }

    ReturnVisit toVisit() {
        VisitOutcome outcome = state == ReturnVisit.State.DONE
                ? new VisitOutcome(
                        Boolean.TRUE.equals(reached),
                        unreached,
                        contacted,
                        resolved,
                        satisfaction,
                        note,
                        visitedBy,
                        visitedAt,
                        channel)
                : null;
        return ReturnVisit.restore(matterNumber, state, createdAt, dueAt, outcome);
    }
}
