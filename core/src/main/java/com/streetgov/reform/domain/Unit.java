package com.streetgov.reform.domain;

import java.util.List;
import java.util.Map;

/**
 * A post-reform unit. {@code legacySections} is its side of the crosswalk: the legacy sections merged
 * (wholly or in part) into it. {@code establishment} maps staff types to quotas; a missing or null
 * quota is unknown.
 */
public record Unit(
        String code,
        String name,
        UnitKind kind,
        boolean publicInstitution,
        boolean headConcurrentByStreetLeader,
        boolean generalAffairsPost,
        List<String> plaques,
        List<String> legacySections,
        Map<StaffType, Integer> establishment,
        Integer leadershipPosts,
        String note,
        boolean tbc) {

    public Unit {
        plaques = List.copyOf(plaques);
        legacySections = List.copyOf(legacySections);
        establishment = Map.copyOf(establishment);
    }
}
