package com.streetgov.duty.domain;

/**
 * Which level carries a duty item: the district, the street, or one of the seven community forces
 * (Shenzhen guideline: party organisation, residents committee, workstation, service centre, social
 * organisations, owners' committee and property services, resident units).
 */
public enum DutyLevel {
    DISTRICT,
    STREET,
    COMMUNITY_PARTY_ORG,
    RESIDENTS_COMMITTEE,
    WORKSTATION,
    SERVICE_CENTRE,
    SOCIAL_ORGANISATION,
    OWNERS_COMMITTEE,
    RESIDENT_UNIT
}
