package com.streetgov.community.infrastructure;

import com.streetgov.community.domain.Community;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored community (tenant-owned). */
@Entity
@Table(name = "community")
class CommunityEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "street", nullable = false)
    private String street;

    protected CommunityEntity() {}

    CommunityEntity(Community c) {
        code = c.code();
        name = c.name();
        street = c.street();
    }

    Community toCommunity() {
        return new Community(code, name, street);
    }
}
