package com.streetgov.audit.domain;

import java.time.OffsetDateTime;

/** The vendor read a district's cases: who, when, why and what ({@code scope}). */
public record VendorAccess(OffsetDateTime at, String vendor, String reason, String scope) {}
