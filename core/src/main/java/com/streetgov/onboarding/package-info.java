/**
 * Onboarding a new district: its identity side (a Keycloak organization with its streets as
 * organization groups and a first district administrator). The steps that combine it with a template
 * live in tenant-config.
 */
package com.streetgov.onboarding;
