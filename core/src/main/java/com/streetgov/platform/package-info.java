/**
 * Platform plumbing shared by all features: database migrations and the database roles they run as
 * (the owner migrates; the application's role owns nothing and is subject to row-level security),
 * EclipseLink session settings for outages (DD019), JPA helpers (filters, batches, optimistic-lock
 * conflicts), command validation, the JSON columns of string lists and texts.
 */
package com.streetgov.platform;
