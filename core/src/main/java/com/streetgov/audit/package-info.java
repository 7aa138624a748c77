/**
 * Audit: the district's record of who changed its configuration (duty list, re-division, admission
 * settings and calendar, enforcement catalog and teams, time limits, communities; the reform model
 * keeps its own fuller trail) and of every time the vendor read its cases, with the reason.
 *
 * <p>Invariants: entries are tenant-owned and append-only; a configuration change is written in the
 * same transaction as the change itself, so there is no change without its entry; the vendor reads a
 * district's cases only through {@link com.streetgov.audit.application.VendorReview}, which logs the
 * access before any case is read.
 */
package com.streetgov.audit;
