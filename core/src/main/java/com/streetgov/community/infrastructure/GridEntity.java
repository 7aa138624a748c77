package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Grid;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored grid (tenant-owned). */
@Entity
@Table(name = "grid")
class GridEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "community", nullable = false)
    private String community;

    @Column(name = "households", nullable = false)
    private int households;

    @Column(name = "worker")
    private String worker;

    protected GridEntity() {}

    GridEntity(Grid g) {
        code = g.code();
        name = g.name();
        community = g.community();
        households = g.households();
        worker = g.worker();
    }

    Grid toGrid() {
        return new Grid(code, name, community, households, worker);
    }
}
