package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Commissioner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A stored community commissioner (tenant-owned). */
@Entity
@Table(name = "commissioner")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "district_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
class CommissionerRecord {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "community", nullable = false)
    private String community;

    @Column(name = "since", nullable = false)
    private LocalDate since;

    protected CommissionerRecord() {}

    CommissionerRecord(Commissioner c) {
        id = c.id();
        name = c.name();
        community = c.community();
        since = c.since();
    }

    Commissioner toCommissioner() {
        return new Commissioner(id, name, community, since);
    }
}
