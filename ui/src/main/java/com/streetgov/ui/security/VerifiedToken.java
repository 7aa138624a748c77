package com.streetgov.ui.security;

import jakarta.servlet.ServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bearer token that {@link BearerTokenVerifier} accepted. {@link EdgeAuthenticationMechanism} puts
 * it on the request (a server-side attribute no client can set), and {@link TenantFilter} reads the
 * user and district from it.
 *
 * @param username {@code preferred_username}, else {@code sub}
 * @param groups the {@code groups} claim (realm roles)
 * @param claims every claim, as Nimbus parsed them
 */
public record VerifiedToken(String username, Set<String> groups, Map<String, Object> claims) {

    static final String ATTRIBUTE = VerifiedToken.class.getName();

    void attachTo(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<VerifiedToken> of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof VerifiedToken token ? Optional.of(token) : Optional.empty();
    }
}
