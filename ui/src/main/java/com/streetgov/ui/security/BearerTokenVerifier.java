package com.streetgov.ui.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies a Keycloak access token with Nimbus JOSE+JWT, and nothing else decides whether a bearer
 * token is genuine. Invariants: the signature is checked against the realm's JWKS with an algorithm
 * from {@link #ALGORITHMS} only (never {@code none}, never HMAC, never an encrypted JWT); {@code iss}
 * is exactly the realm; {@code typ} is {@code Bearer} (an ID or refresh token is not an access
 * token); {@code aud} contains the API's audience; {@code azp} is one of this application's clients;
 * {@code exp}, {@code nbf} and {@code iat} hold within {@link TokenPolicy#skew()}.
 */
public final class BearerTokenVerifier {

    /** The only signature algorithms accepted. */
    public static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private final TokenPolicy policy;
    private final ConfigurableJWTProcessor<SecurityContext> processor;

    public BearerTokenVerifier(TokenPolicy policy, JWKSource<SecurityContext> keys, Clock clock) {
        this.policy = policy;
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        jwt.setJWTClaimsSetVerifier(new ClaimsVerifier(policy, clock));
        this.processor = jwt;
    }

    /**
     * The key source the verifier uses in production: the realm's JWKS, cached for {@code cacheTtl}
     * and refreshed ahead of expiry, re-read at once (rate-limited) when a token names an unknown
     * {@code kid}, retried once on a network error, and outage-tolerant: while the JWKS endpoint is
     * unreachable, the last keys fetched keep verifying for {@code outageTtl}.
     */
    public static JWKSource<SecurityContext> keySource(
            JWKSetSource<SecurityContext> jwks, Duration cacheTtl, Duration outageTtl) {
        long ttl = cacheTtl.toMillis();
        return JWKSourceBuilder.create(jwks)
                .cache(ttl, Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, ttl / 4))
                .refreshAheadCache(Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, ttl / 4), false)
                .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, ttl / 2))
                .retrying(true)
                .outageTolerant(outageTtl.toMillis())
                .build();
    }

    /**
     * @return the verified token
     * @throws TokenRefusedException if the token is malformed, unsigned, signed with another key or
     *     algorithm, or its claims do not satisfy the policy
     */
    public VerifiedToken verify(String token) throws TokenRefusedException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String username = claims.getStringClaim("preferred_username");
            List<String> groups = claims.getStringListClaim("groups");
            return new VerifiedToken(
                    username != null ? username : claims.getSubject(),
                    groups == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(groups)),
                    claims.getClaims());
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new TokenRefusedException(e.getMessage(), e);
        }
    }

    public TokenPolicy policy() {
        return policy;
    }

    /** Nimbus's standard checks (audience, required and exact claims, exp/nbf) plus azp and iat. */
    private static final class ClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

        private final TokenPolicy policy;
        private final Clock clock;

        ClaimsVerifier(TokenPolicy policy, Clock clock) {
            super(
                    new HashSet<>(Set.of(policy.audience())), // Nimbus asks it contains(null)
                    new JWTClaimsSet.Builder()
                            .issuer(policy.issuer())
                            .claim("typ", "Bearer")
                            .build(),
                    Set.of("sub", "exp", "iat", "azp"),
                    Set.of());
            this.policy = policy;
            this.clock = clock;
            setMaxClockSkew((int) policy.skew().toSeconds());
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Object azp = claims.getClaim("azp");
            if (!(azp instanceof String party) || !policy.clients().contains(party)) {
                throw new BadJWTException("JWT azp claim rejected: " + azp);
            }
            Date issued = claims.getIssueTime();
            if (issued == null || issued.toInstant().isAfter(clock.instant().plus(policy.skew()))) {
                throw new BadJWTException("JWT iat claim is in the future");
            }
            if (claims.getExpirationTime() == null) {
                throw new BadJWTException("JWT has no exp claim");
            }
        }
    }
}
