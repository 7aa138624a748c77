/**
 * JPA implementations of the organisation repositories. Tenant-owned queries go through the
 * {@link com.streetgov.tenancy.TenantScoped} EntityManager or one opened explicitly for a district.
 */
package com.streetgov.organisation.infrastructure;
