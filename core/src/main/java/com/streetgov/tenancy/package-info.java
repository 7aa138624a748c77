/**
 * Tenancy: the district (区) is the tenant. This package is the one place that holds the current
 * district for a request ({@link com.streetgov.tenancy.CurrentDistrict}), opens EntityManagers scoped
 * to one district ({@link com.streetgov.tenancy.TenantEntityManagers}) and tells PostgreSQL which
 * district a connection works for ({@link com.streetgov.tenancy.DistrictConnections}).
 *
 * <p>Invariants: the current district is set only at the edge (the UI module's tenant filter) from the
 * authenticated user's token, never from a request parameter; every tenant-owned entity extends
 * {@link com.streetgov.tenancy.TenantOwnedEntity} and so is {@code @Multitenant(SINGLE_TABLE)} on
 * {@code district_id}, so an EntityManager opened for district A
 * can neither read nor write district B's rows; work without a district fails instead of guessing.
 * Behind that, PostgreSQL's row-level security (DD022) holds the same line for any SQL on the
 * application's role: a connection sees and writes only the rows of the district in {@code app.district},
 * and none when it is unset.
 */
package com.streetgov.tenancy;
