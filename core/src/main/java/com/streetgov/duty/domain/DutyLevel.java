package com.streetgov.duty.domain;

/** Which level carries a duty item: the district, the street, or one of the community forces. */
public enum DutyLevel {
    DISTRICT,
    STREET,
    COMMUNITY_PARTY_ORG,
    RESIDENTS_COMMITTEE,
    WORKSTATION,
    SERVICE_CENTRE
}
