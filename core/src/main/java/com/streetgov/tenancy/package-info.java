/**
 * Tenancy: the district (区) is the tenant. This package is the one place that holds the current
 * district for a request ({@link com.streetgov.tenancy.CurrentDistrict}) and opens EntityManagers
 * scoped to one district ({@link com.streetgov.tenancy.TenantEntityManagers}).
 *
 * <p>Invariants: the current district is set only at the edge (the UI module's tenant filter) from the
 * authenticated user's token, never from a request parameter; every tenant-owned entity is
 * {@code @Multitenant(SINGLE_TABLE)} on {@code district_id}, so an EntityManager opened for district A
 * can neither read nor write district B's rows; work without a district fails instead of guessing.
 */
package com.streetgov.tenancy;
