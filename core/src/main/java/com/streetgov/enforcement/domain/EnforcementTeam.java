package com.streetgov.enforcement.domain;

import java.util.Set;

/**
 * A street's comprehensive enforcement team (综合执法队): one per street, managed daily by the street,
 * exercising the delegated powers of the domains it lists. Staff seconded from source agencies and the
 * consultations on their appointments belong to it.
 */
public record EnforcementTeam(String street, String name, Set<PowerDomain> domains) {

    public EnforcementTeam {
        domains = Set.copyOf(domains);
    }

    public boolean holds(EnforcementPower power) {
        return domains.contains(power.domain());
    }
}
