package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Grid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A stored grid (tenant-owned). */
@Entity
@Table(name = "grid")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "district_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
class GridRecord {

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

    protected GridRecord() {}

    GridRecord(Grid g) {
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
