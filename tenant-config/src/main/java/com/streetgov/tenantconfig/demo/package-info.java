/**
 * The demo districts shipped with the product (罗湖区, 西城区, 东城区, 成华区): their ids, names and the
 * streets the sources name, and their generated year of matters and return visits. The same districts,
 * as Keycloak organizations with street groups and demo users, are in {@code
 * ops/keycloak/realm-streetgov.json}; a test keeps the two in step.
 */
package com.streetgov.tenantconfig.demo;
