/**
 * Keycloak's Admin REST API over the JDK's HTTP client (keycloak-admin-client brings RESTEasy, which
 * clashes with Payara's Jersey; see shared/docs/stack.md).
 */
package com.streetgov.onboarding.infrastructure;
