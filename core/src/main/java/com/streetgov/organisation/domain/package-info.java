/**
 * The organisation domain: {@link com.streetgov.organisation.domain.District} (the tenant registry,
 * read across districts only by vendor screens) and {@link com.streetgov.organisation.domain.Street}
 * (tenant-owned). Repository interfaces live here; their JPA implementations in {@code infrastructure}.
 * Free of UI, servlet, JAX-RS and EntityManager dependencies.
 */
package com.streetgov.organisation.domain;
