/**
 * The REST API under {@code /api}: Keycloak bearer tokens only (401 without one). Every resource reads
 * through the request's district; another district's resource is 403 (by id of the district) or 404
 * (by id of something inside it), never data. The exception is Open311 GeoReport v2 under {@code
 * /api/open311/v2} ({@link com.streetgov.ui.api.Open311Resource}): public, rate-limited per address,
 * its district bound from {@code jurisdiction_id}, each method in XML or JSON by the path's suffix.
 */
package com.streetgov.ui.api;
