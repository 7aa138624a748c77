package com.streetgov.enforcement.domain;

import java.time.LocalDate;

/**
 * A law-enforcement power delegated to streets. {@code districtRetains} describes, for a power the
 * district and the streets share, what the district keeps (null: the street exercises it wholly).
 */
public record EnforcementPower(
        String code,
        String name,
        PowerType type,
        PowerDomain domain,
        String legalBasis,
        String article,
        String sourceDepartment,
        HandoverMode handover,
        String districtRetains,
        LocalDate effectiveFrom,
        boolean generated) {}
