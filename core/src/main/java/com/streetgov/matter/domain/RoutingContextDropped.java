package com.streetgov.matter.domain;

import com.streetgov.tenancy.DistrictId;

/**
 * This instance dropped a district's routing context because its configuration changed here (the
 * duty list, the catalog, time limits …, {@code relearn}: a person's routing decision to learn from).
 * Other instances of a cluster must drop theirs too: the platform's data-grid bridge passes it on.
 */
public record RoutingContextDropped(DistrictId district, boolean relearn) {}
