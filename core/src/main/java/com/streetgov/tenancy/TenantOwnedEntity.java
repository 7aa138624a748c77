package com.streetgov.tenancy;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The one place that makes an entity tenant-owned (DD001): every entity but the district registry
 * extends this mapped superclass and so is {@code @Multitenant(SINGLE_TABLE)} on {@code district_id},
 * filled from {@link TenantEntityManagers#TENANT_PROPERTY} of the EntityManager it is read or written
 * through, and part of the primary key (the same code may exist in two districts).
 *
 * <p>Invariants: it maps no attribute of its own and no entity overrides the tenant column; an
 * EntityManager without the tenant property cannot read or write a subclass's rows; PostgreSQL's
 * row-level security on {@code district_id} (DD022) checks the same district again behind it.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = "district_id",
        contextProperty = TenantEntityManagers.TENANT_PROPERTY,
        primaryKey = true)
public abstract class TenantOwnedEntity {

    protected TenantOwnedEntity() {}
}
