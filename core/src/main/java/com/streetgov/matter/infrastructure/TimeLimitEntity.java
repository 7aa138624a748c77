package com.streetgov.matter.infrastructure;

import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A district's configured time limit (tenant-owned). */
@Entity
@Table(name = "time_limit")
class TimeLimitEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", nullable = false)
    private TimeLimit.Measure measure;

    @Column(name = "amount", nullable = false)
    private int amount;

    @Column(name = "position", nullable = false)
    private int position;

    protected TimeLimitEntity() {}

    TimeLimitEntity(TimeLimit limit, int position) {
        code = limit.code();
        name = limit.name();
        measure = limit.measure();
        amount = limit.amount();
        this.position = position;
    }

    TimeLimit toLimit() {
        return new TimeLimit(code, name, measure, amount);
    }
}
