/**
 * Start-up and health: Flyway migrations and demo seeding at start, background work bound to its
 * district, the per-address token buckets of the public endpoints, telling a database outage from
 * other failures (DD019), and the MicroProfile Health checks (readiness covers the database, the
 * migrations and Keycloak).
 */
package com.streetgov.ui.platform;
