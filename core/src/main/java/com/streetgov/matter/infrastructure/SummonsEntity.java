package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One summoned department of a whistle (tenant-owned). */
@Entity
@Table(name = "whistle_summons")
@IdClass(SummonsEntity.Key.class)
class SummonsEntity extends TenantOwnedEntity {

    /** The key within a district (a plain class: JPA sets its fields reflectively). */
    public static class Key implements Serializable {
        private String whistleId;
        private String department;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(whistleId, k.whistleId)
                    && Objects.equals(department, k.department);
        }

        @Override
        public int hashCode() {
            return Objects.hash(whistleId, department);
        }
    }

    @Id
    @Column(name = "whistle_id")
    String whistleId;

    @Id
    @Column(name = "department")
    String department;

    @Column(name = "reported_at")
    LocalDateTime reportedAt;

    @Column(name = "action")
    String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating")
    Rating rating;

    protected SummonsEntity() {}

    SummonsEntity(String whistleId, Whistle.Summons s) {
        this.whistleId = whistleId;
        department = s.department();
        reportedAt = s.reportedAt();
        action = s.action();
        rating = s.rating();
    }

    Whistle.Summons toSummons() {
        return new Whistle.Summons(department, reportedAt, action, rating);
    }
}
