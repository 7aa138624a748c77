package com.streetgov.dispatch.infrastructure;

import com.streetgov.dispatch.domain.Department;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored district department (tenant-owned); other names one per line. */
@Entity
@Table(name = "district_department")
class DepartmentEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "synonyms", nullable = false)
    private String synonyms;

    @Column(name = "basis", nullable = false)
    private String basis;

    protected DepartmentEntity() {}

    DepartmentEntity(Department d) {
        code = d.code();
        name = d.name();
        synonyms = Lines.join(d.synonyms());
        basis = d.basis();
    }

    Department toDepartment() {
        return new Department(code, name, Lines.split(synonyms), basis);
    }
}
