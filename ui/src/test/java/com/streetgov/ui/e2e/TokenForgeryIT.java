package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's forged tokens against the real Keycloak and the running application: each is refused on
 * the API (401) and on a UI path (the normal redirect to Keycloak's login, not the app shell), in
 * tests that also show a genuine token passing both. Expired and wrong-audience tokens are genuine
 * Keycloak tokens, not hand-made ones.
 */
@ExtendWith(StackExtension.class)
class TokenForgeryIT {

    /** Follows no redirects: a refused UI request must answer with the login redirect itself. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The API paths a refused token is tried on. */
    static final List<String> API_PATHS = List.of("/api/me", "/api/districts", "/api/streets", "/api/vendor/districts");

    /**
     * The UI paths a refused token is tried on: the start page and every route of issue 10 (results,
     * drill-down, rules, double assessment, hotspots, monthly theme, return visits, exclusions).
     */
    static final List<String> UI_PATHS = List.of(
            "/",
            "/results",
            "/results/matters",
            "/results/rules",
            "/results/whistles",
            "/results/hotspots",
            "/results/theme",
            "/visits",
            "/exclusions",
            "/vendor/shards");

    final RunningStack stack;
    final ApiClient api;
    final KeycloakAdmin keycloak;

    TokenForgeryIT(RunningStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack);
        this.keycloak = new KeycloakAdmin(stack);
    }

    @Test
    void forged_tokens_are_refused_on_the_api_and_the_ui_while_a_genuine_one_passes() throws Exception {
        String genuine = api.token("luohu-staff");
        assertPasses(genuine, "luohu");

        JWTClaimsSet luohuStaff = SignedJWT.parse(genuine).getJWTClaimsSet();
        JWTClaimsSet admin = new JWTClaimsSet.Builder(luohuStaff)
                .claim("preferred_username", "xicheng-admin")
                .claim("organization", Map.of("xicheng", Map.of("groups", List.of())))
                .claim("groups", List.of("district-admin", "vendor-operator"))
                .build();
        JWTClaimsSet otherRealm = new JWTClaimsSet.Builder(admin)
                .issuer(stack.keycloakUrl() + "/realms/master")
                .build();
        RSAKey realmKey = realmSigningKey();
        RSAKey freshKey = new RSAKeyGenerator(2048)
                .keyID("forged-" + System.nanoTime())
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(realmKey.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg:none with admin claims", unsigned("{\"alg\":\"none\",\"typ\":\"JWT\"}", admin));
        forged.put(
                "alg:none naming the realm's kid",
                unsigned("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + realmKey.getKeyID() + "\"}", admin));
        forged.put(
                "HS256 with the realm's public key (PEM) as the secret",
                sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)), JWSAlgorithm.HS256, realmKey, admin));
        forged.put(
                "HS256 with the realm's public key (DER) as the secret",
                sign(new MACSigner(realmKey.toPublicKey().getEncoded()), JWSAlgorithm.HS256, realmKey, admin));
        forged.put(
                "RS256 by a key not in the JWKS, with the realm's kid",
                sign(new RSASSASigner(freshKey), JWSAlgorithm.RS256, realmKey, admin));
        forged.put(
                "RS256 by a key not in the JWKS, with an unknown kid",
                sign(new RSASSASigner(freshKey), JWSAlgorithm.RS256, freshKey, admin));
        forged.put(
                "a foreign key and the master realm as issuer",
                sign(new RSASSASigner(freshKey), JWSAlgorithm.RS256, freshKey, otherRealm));
        forged.put(
                "genuine claims changed under the genuine signature",
                genuine.substring(0, genuine.indexOf('.') + 1)
                        + Base64URL.encode(admin.toString())
                        + genuine.substring(genuine.lastIndexOf('.')));
        forged.put(
                "a genuine token of Keycloak's master realm",
                keycloak.passwordToken("master", "admin-cli", "admin", "admin"));
        forged.put(
                "a genuine streetgov token without the API audience (admin-cli)",
                keycloak.passwordToken("streetgov", "admin-cli", "xicheng-admin", "demo1234"));

        for (Map.Entry<String, String> attempt : forged.entrySet()) {
            assertRefused(attempt.getKey(), attempt.getValue());
        }
        assertPasses(genuine, "luohu");
    }

    @Test
    void a_genuine_token_that_has_run_out_is_refused() throws Exception {
        // A genuine token with a 1 s lifespan: the test client is set so for one token only.
        JsonObject before = keycloak.setAttribute("streetgov-cli", "access.token.lifespan", "1");
        String shortLived;
        try {
            shortLived = api.token("xicheng-admin");
        } finally {
            keycloak.restore(before);
        }
        JWTClaimsSet claims = SignedJWT.parse(shortLived).getJWTClaimsSet();
        long exp = claims.getExpirationTime().getTime();
        assertTrue(exp - claims.getIssueTime().getTime() <= 1000, "a 1 s token: " + claims);

        assertPasses(shortLived, "xicheng"); // within the 10 s clock skew
        long wait = exp + 11_000 - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        assertRefused("a genuine token expired more than the skew ago", shortLived);
        assertPasses(api.token("xicheng-admin"), "xicheng");
    }

    @Test
    void a_bearer_call_leaves_no_http_session() throws Exception {
        HttpResponse<String> me = api.get("/api/me", api.token("dongcheng-staff"));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(
                me.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session cookie: " + me.headers().map());
    }

    private void assertPasses(String token, String district) throws Exception {
        HttpResponse<String> me = api.get("/api/me", token);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(district, ((JsonObject) ApiClient.parse(me.body())).getString("district"));
        HttpResponse<String> ui = ui(token);
        assertEquals(
                200,
                ui.statusCode(),
                "the app shell for a genuine token: " + ui.headers().map());
        assertTrue(ui.body().contains("VAADIN/build/"), "the Vaadin bootstrap page: " + ui.body());
    }

    private void assertRefused(String what, String token) throws Exception {
        for (String path : API_PATHS) {
            HttpResponse<String> response = api.get(path, token);
            assertEquals(401, response.statusCode(), what + " on " + path + ": " + response.body());
        }
        for (String path : UI_PATHS) {
            HttpResponse<String> ui = ui(path, token);
            assertEquals(302, ui.statusCode(), what + " on " + path + ": " + ui.body());
            String login = ui.headers().firstValue("Location").orElse("");
            assertTrue(
                    login.startsWith(stack.keycloakUrl() + "/realms/streetgov/protocol/openid-connect/auth?"),
                    what + " on " + path + ": the normal login redirect, got " + login);
            assertTrue(!ui.body().contains("VAADIN/build/"), what + " on " + path + ": not the app shell");
        }
    }

    /** The start page with the token as bearer, as a browser or script could send it. */
    private HttpResponse<String> ui(String token) throws Exception {
        return ui("/", token);
    }

    /** A UI path with the token as bearer. */
    private HttpResponse<String> ui(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.appUrl() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private RSAKey realmSigningKey() throws Exception {
        return JWKSet.parse(keycloak.jwks("streetgov")).getKeys().stream()
                .filter(k -> KeyUse.SIGNATURE.equals(k.getKeyUse()) && JWSAlgorithm.RS256.equals(k.getAlgorithm()))
                .map(JWK::toRSAKey)
                .findFirst()
                .orElseThrow();
    }

    private static String unsigned(String header, JWTClaimsSet claims) {
        return Base64URL.encode(header) + "." + Base64URL.encode(claims.toString()) + ".";
    }

    private static String sign(JWSSigner signer, JWSAlgorithm alg, JWK kid, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(alg)
                        .type(JOSEObjectType.JWT)
                        .keyID(kid.getKeyID())
                        .build(),
                claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
