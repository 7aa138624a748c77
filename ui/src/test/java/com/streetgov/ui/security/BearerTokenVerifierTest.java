package com.streetgov.ui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The verifier against a local JWKS: algorithms, keys, issuer, audience, authorized party and the
 * time window with its skew. The same checks run against the real Keycloak in TokenForgeryIT.
 */
class BearerTokenVerifierTest {

    static final String ISSUER = "http://localhost:18180/realms/streetgov";
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final TokenPolicy POLICY =
            new TokenPolicy(ISSUER, "streetgov-api", Set.of("streetgov-ui", "streetgov-cli"), Duration.ofSeconds(10));

    static final RSAKey RSA = rsa("realm-rsa");
    static final ECKey EC = ec("realm-ec");

    final BearerTokenVerifier verifier = new BearerTokenVerifier(
            POLICY,
            BearerTokenVerifier.keySource(fixed(RSA, EC), Duration.ofMinutes(5), Duration.ofHours(1)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_genuine_token_gives_user_groups_and_claims() throws Exception {
        VerifiedToken token = verifier.verify(rs256(RSA, claims()));
        assertEquals("xicheng-admin", token.username());
        assertEquals(Set.of("district-admin", "offline_access"), token.groups());
        assertEquals(
                Map.of("xicheng", Map.of("groups", List.of())), token.claims().get("organization"));
    }

    @Test
    void ps256_and_es256_are_accepted() throws Exception {
        verifier.verify(sign(new RSASSASigner(RSA), JWSAlgorithm.PS256, RSA.getKeyID(), claims()));
        verifier.verify(sign(new ECDSASigner(EC), JWSAlgorithm.ES256, EC.getKeyID(), claims()));
    }

    @Test
    void an_unsigned_token_is_refused() {
        String none = new PlainJWT(claims().build()).serialize();
        refused(none);
        refused(none + "c2lnbmF0dXJl");
        // a hand-written header: {"alg":"none","typ":"JWT","kid":"realm-rsa"}
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"realm-rsa\"}")
                .toString();
        refused(header + "." + none.split("\\.")[1] + ".");
    }

    @Test
    void hmac_with_the_public_key_as_secret_is_refused() throws Exception {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(RSA.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        for (JWSAlgorithm hs : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS512)) {
            refused(sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)), hs, RSA.getKeyID(), claims()));
            refused(sign(new MACSigner(RSA.toPublicKey().getEncoded()), hs, RSA.getKeyID(), claims()));
        }
    }

    @Test
    void a_key_not_in_the_jwks_is_refused_whatever_its_kid() throws Exception {
        RSAKey foreign = rsa("foreign");
        refused(sign(new RSASSASigner(foreign), JWSAlgorithm.RS256, RSA.getKeyID(), claims()));
        refused(sign(new RSASSASigner(foreign), JWSAlgorithm.RS256, "foreign", claims()));
        refused(sign(new RSASSASigner(foreign), JWSAlgorithm.RS256, null, claims()));
    }

    @Test
    void issuer_type_audience_and_authorized_party_must_be_this_realm_and_application() throws Exception {
        refused(rs256(RSA, claims().issuer("http://localhost:18180/realms/master")));
        refused(rs256(RSA, claims().issuer(ISSUER + "/")));
        refused(rs256(RSA, claims().claim("iss", null)));
        refused(rs256(RSA, claims().claim("typ", "ID")));
        refused(rs256(RSA, claims().audience("account")));
        refused(rs256(RSA, claims().audience((String) null)));
        refused(rs256(RSA, claims().claim("azp", "admin-cli")));
        refused(rs256(RSA, claims().claim("azp", null)));
        refused(rs256(RSA, claims().subject(null)));
        verifier.verify(rs256(RSA, claims().audience(List.of("account", "streetgov-api"))));
    }

    @Test
    void expiry_allows_the_skew_and_no_more() throws Exception {
        verifier.verify(rs256(RSA, claims().expirationTime(at(-9))));
        refused(rs256(RSA, claims().expirationTime(at(-11))));
        refused(rs256(RSA, claims().expirationTime(at(-3600))));
        refused(rs256(RSA, claims().expirationTime(null)));
    }

    @Test
    void not_before_and_issued_at_allow_the_skew_and_no_more() throws Exception {
        verifier.verify(rs256(RSA, claims().notBeforeTime(at(9))));
        refused(rs256(RSA, claims().notBeforeTime(at(11))));
        verifier.verify(rs256(RSA, claims().issueTime(at(9))));
        refused(rs256(RSA, claims().issueTime(at(11))));
        refused(rs256(RSA, claims().issueTime(null)));
    }

    @Test
    void garbage_is_refused() {
        for (String garbage : List.of("", "x", "a.b.c", "a.b", "....", "eyJhbGciOiJSUzI1NiJ9.e30.")) {
            refused(garbage);
        }
    }

    @Test
    void a_skew_over_30_seconds_is_not_allowed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TokenPolicy(ISSUER, "streetgov-api", Set.of("streetgov-ui"), Duration.ofSeconds(31)));
    }

    @Test
    void cached_keys_keep_verifying_while_the_jwks_endpoint_is_down() throws Exception {
        AtomicReference<JWKSet> served = new AtomicReference<>(new JWKSet(RSA.toPublicJWK()));
        AtomicInteger fetches = new AtomicInteger();
        JWKSetSource<SecurityContext> endpoint = source(() -> {
            fetches.incrementAndGet();
            JWKSet set = served.get();
            if (set == null) {
                throw new JWKSetUnavailableException("connection refused");
            }
            return set;
        });
        BearerTokenVerifier live = new BearerTokenVerifier(
                POLICY,
                BearerTokenVerifier.keySource(endpoint, Duration.ofMillis(400), Duration.ofHours(1)),
                Clock.systemUTC());
        UnaryOperator<JWTClaimsSet.Builder> now =
                b -> b.issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000));
        live.verify(rs256(RSA, now.apply(claims())));

        served.set(null); // Keycloak goes down; the cache runs out meanwhile
        Thread.sleep(900);
        live.verify(rs256(RSA, now.apply(claims())));
        assertRefused(live, rs256(rsa("new-key"), now.apply(claims())));
        assertEquals(true, fetches.get() >= 2, "the expired cache was refreshed, and the refresh failed");
    }

    @Test
    void an_unknown_kid_reloads_the_jwks_at_once() throws Exception {
        RSAKey rotated = rsa("rotated");
        AtomicReference<JWKSet> served = new AtomicReference<>(new JWKSet(RSA.toPublicJWK()));
        BearerTokenVerifier live = new BearerTokenVerifier(
                POLICY,
                BearerTokenVerifier.keySource(source(served::get), Duration.ofMinutes(5), Duration.ofHours(1)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        live.verify(rs256(RSA, claims()));
        served.set(new JWKSet(List.<JWK>of(RSA.toPublicJWK(), rotated.toPublicJWK())));
        live.verify(rs256(rotated, claims()));
    }

    // --- helpers

    static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("136b9bf8-ea0a-40f3-827d-7f19e4bb2950")
                .audience(List.of("streetgov-api", "account"))
                .claim("azp", "streetgov-cli")
                .claim("typ", "Bearer")
                .issueTime(at(-60))
                .expirationTime(at(240))
                .claim("preferred_username", "xicheng-admin")
                .claim("groups", List.of("district-admin", "offline_access"))
                .claim("organization", Map.of("xicheng", Map.of("groups", List.of())));
    }

    static Date at(int secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }

    static String rs256(RSAKey key, JWTClaimsSet.Builder claims) throws Exception {
        return sign(new RSASSASigner(key), JWSAlgorithm.RS256, key.getKeyID(), claims);
    }

    static String sign(JWSSigner signer, JWSAlgorithm alg, String kid, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid).build(), claims.build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    void refused(String token) {
        assertRefused(verifier, token);
    }

    static void assertRefused(BearerTokenVerifier verifier, String token) {
        assertThrows(TokenRefusedException.class, () -> verifier.verify(token), token);
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JWKSetSource<SecurityContext> fixed(JWK... keys) {
        JWKSet set = new JWKSet(List.of(keys).stream().map(JWK::toPublicJWK).toList());
        return source(() -> set);
    }

    interface Fetch {
        JWKSet get() throws JWKSetUnavailableException;
    }

    static JWKSetSource<SecurityContext> source(Fetch fetch) {
        return new JWKSetSource<>() {
            @Override
            public JWKSet getJWKSet(
                    com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator refresh,
                    long currentTime,
                    SecurityContext context)
                    throws JWKSetUnavailableException {
                return fetch.get();
            }

            @Override
            public void close() {}
        };
    }
}
