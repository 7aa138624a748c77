package com.streetgov.enforcement.infrastructure;

import com.streetgov.enforcement.domain.SecondedStaff;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A seconded member of a street's team (tenant-owned). */
@Entity
@Table(name = "seconded_staff")
class SecondedStaffEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "agency", nullable = false)
    private String agency;

    @Column(name = "since", nullable = false)
    private LocalDate since;

    protected SecondedStaffEntity() {}

    SecondedStaffEntity(SecondedStaff s) {
        id = s.id();
        street = s.street();
        name = s.name();
        agency = s.agency();
        since = s.since();
    }

    SecondedStaff toStaff() {
        return new SecondedStaff(id, street, name, agency, since);
    }
}
