package com.streetgov.tenancy;

/**
 * What a caller acts as. The first three arrive as Keycloak realm roles in the token; the resident
 * channel is a resident reaching the district through a public channel (Open311 with a tracking token
 * or a client key, later the residents' page); the system is start-up and background work.
 */
public enum CallerRole {
    VENDOR_OPERATOR("vendor-operator"),
    DISTRICT_ADMIN("district-admin"),
    STREET_STAFF("street-staff"),
    RESIDENT_CHANNEL("resident-channel"),
    SYSTEM("system");

    private final String claim;

    CallerRole(String claim) {
        this.claim = claim;
    }

    /** The role's name in the token's {@code groups} claim. */
    public String claim() {
        return claim;
    }
}
