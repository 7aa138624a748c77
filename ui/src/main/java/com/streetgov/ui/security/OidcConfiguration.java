package com.streetgov.ui.security;

import fish.payara.security.annotations.ClaimsDefinition;
import fish.payara.security.annotations.LogoutDefinition;
import fish.payara.security.annotations.OpenIdAuthenticationDefinition;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * OpenID Connect login against Keycloak (Payara's OpenID connector). Every value can be overridden by
 * MicroProfile Config under {@code payara.security.openid.*}; the defaults are in {@code
 * META-INF/microprofile-config.properties} and ops/ scripts pass the real ones.
 */
@ApplicationScoped
@DeclareRoles({Role.VENDOR_OPERATOR, Role.DISTRICT_ADMIN, Role.STREET_STAFF})
@OpenIdAuthenticationDefinition(
        providerURI = "http://localhost:8180/realms/streetgov",
        clientId = "streetgov-ui",
        clientSecret = "set-by-configuration",
        redirectURI = "${baseURL}/callback",
        scope = {"openid", "profile", "email", "organization", "microprofile-jwt"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class OidcConfiguration {}
