/**
 * Vendor onboarding: a new district from any template in one step (district row and streets, reform
 * model, Keycloak organization with street groups, first district administrator), with the district's
 * own name, street list and terminology. Nothing is left half-created: a failure removes what Keycloak
 * already holds and rolls the database back.
 */
package com.streetgov.tenantconfig.onboarding;
