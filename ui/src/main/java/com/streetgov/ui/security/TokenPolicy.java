package com.streetgov.ui.security;

import java.time.Duration;
import java.util.Set;

/**
 * What a bearer token must say to be accepted (DD018).
 *
 * @param issuer the realm's issuer, compared exactly with {@code iss}
 * @param audience a value that {@code aud} must contain (the realm's audience mapper adds it)
 * @param clients the clients of this application; {@code azp} must be one of them
 * @param skew the clock skew allowed on {@code exp}, {@code nbf} and {@code iat}, at most 30 s
 */
public record TokenPolicy(String issuer, String audience, Set<String> clients, Duration skew) {

    public TokenPolicy {
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("issuer and audience are required");
        }
        if (clients == null || clients.isEmpty()) {
            throw new IllegalArgumentException("at least one client is required");
        }
        if (skew.isNegative() || skew.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("the clock skew must be between 0 and 30 s: " + skew);
        }
        clients = Set.copyOf(clients);
    }
}
