/**
 * The REST API under {@code /api}: Keycloak bearer tokens only (401 without one). Every resource reads
 * through the request's district; another district's resource is 403 (by id of the district) or 404
 * (by id of something inside it), never data.
 */
package com.streetgov.ui.api;
