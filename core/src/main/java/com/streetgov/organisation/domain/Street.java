package com.streetgov.organisation.domain;

import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * A street (街道, sub-district office) of one district. Tenant-owned: its district is the tenant
 * discriminator, set by the EntityManager it is read or written with, never by the entity itself.
 *
 * <p>Invariants: the name is unique within the district; the id never changes.
 */
@Entity
@Table(name = "street")
public class Street extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    protected Street() {}

    public Street(String name, int position) {
        this.id = UUID.randomUUID().toString();
        rename(name);
        this.position = position;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("street name must not be blank");
        }
        this.name = newName.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Street other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
