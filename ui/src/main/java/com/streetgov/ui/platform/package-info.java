/**
 * Start-up and health: the data source, Flyway migrations and demo seeding at start, and the
 * MicroProfile Health checks (readiness covers the database, the migrations and Keycloak).
 */
package com.streetgov.ui.platform;
