package com.streetgov.dispatch.domain;

import com.streetgov.tenancy.DistrictId;

/** Fired after a district's dispatch catalog was replaced (routing indexes built on it go stale). */
public record DispatchCatalogChanged(DistrictId district) {}
