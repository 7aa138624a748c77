package com.streetgov.ui.security;

/** Keycloak realm roles, as they arrive in the token's {@code groups} claim. */
public final class Role {

    public static final String VENDOR_OPERATOR = "vendor-operator";
    public static final String DISTRICT_ADMIN = "district-admin";
    public static final String STREET_STAFF = "street-staff";

    private Role() {}
}
