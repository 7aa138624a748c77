/**
 * Tenancy: the district (区) is the tenant. This package is the one place that holds the current
 * district and caller for a request ({@link com.streetgov.tenancy.CurrentDistrict}, {@link
 * com.streetgov.tenancy.CurrentCaller}), binds a named district for work outside the edge ({@link
 * com.streetgov.tenancy.DistrictWork}), opens EntityManagers scoped to one district ({@link
 * com.streetgov.tenancy.TenantEntityManagers}), tells PostgreSQL which district a connection works for
 * ({@link com.streetgov.tenancy.DistrictConnections}) and checks every application-service operation's
 * roles ({@link com.streetgov.tenancy.Allowed}, {@link com.streetgov.tenancy.AccessInterceptor}, DD023).
 * It also knows where a district's rows live ({@link com.streetgov.tenancy.ShardDirectory}, DD039) and
 * when its figures may be read from a standby of that database ({@link com.streetgov.tenancy.Standbys},
 * {@link com.streetgov.tenancy.StandbyRead}, DD040).
 *
 * <p>Invariants: a district is bound only where DD002 says: at the edge (the UI module's tenant filter)
 * from a staff member's verified token; by {@link com.streetgov.tenancy.DistrictWork} for the district a
 * public channel names (Open311's {@code jurisdiction_id}, the residents' pages' {@code /r/<district>}),
 * as that district's resident channel only; and by name for start-up seeding, onboarding, background
 * work and the vendor's logged review. No request parameter chooses a staff member's district. Every
 * tenant-owned entity extends {@link com.streetgov.tenancy.TenantOwnedEntity} and so is
 * {@code @Multitenant(SINGLE_TABLE)} on {@code district_id}, so an EntityManager
 * opened for district A can neither read nor write district B's rows; work without a district fails
 * instead of guessing. Behind that, PostgreSQL's row-level security (DD022) holds the same line for any
 * SQL on the application's role: a connection sees and writes only the rows of the district in {@code
 * app.district}, and none when it is unset.
 */
package com.streetgov.tenancy;
