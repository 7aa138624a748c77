package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Commissioner;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A stored community commissioner (tenant-owned). */
@Entity
@Table(name = "commissioner")
class CommissionerEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "community", nullable = false)
    private String community;

    @Column(name = "since", nullable = false)
    private LocalDate since;

    protected CommissionerEntity() {}

    CommissionerEntity(Commissioner c) {
        id = c.id();
        name = c.name();
        community = c.community();
        since = c.since();
    }

    Commissioner toCommissioner() {
        return new Commissioner(id, name, community, since);
    }
}
