package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.platform.TextListConverter;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A street's own lead units for one item (tenant-owned). */
@Entity
@Table(name = "street_assignment")
@IdClass(StreetAssignmentEntity.Key.class)
class StreetAssignmentEntity extends TenantOwnedEntity {

    /** The key within a district (a plain class: JPA sets its fields reflectively). */
    public static class Key implements Serializable {
        private String street;
        private String itemCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(street, k.street) && Objects.equals(itemCode, k.itemCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(street, itemCode);
        }
    }

    @Id
    @Column(name = "street")
    private String street;

    @Id
    @Column(name = "item_code")
    private String itemCode;

    @Convert(converter = TextListConverter.class)
    @Column(name = "lead_units", nullable = false)
    private List<String> leadUnits;

    protected StreetAssignmentEntity() {}

    StreetAssignmentEntity(StreetAssignment assignment) {
        street = assignment.street();
        itemCode = assignment.itemCode();
        leadUnits = assignment.leadUnits();
    }

    StreetAssignment toAssignment() {
        return new StreetAssignment(street, itemCode, leadUnits);
    }
}
