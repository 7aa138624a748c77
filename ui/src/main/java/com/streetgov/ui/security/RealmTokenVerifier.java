package com.streetgov.ui.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link BearerTokenVerifier}, configured for the Keycloak realm the OpenID
 * connector uses ({@code payara.security.openid.providerURI}): the issuer is that URI exactly, the
 * keys come from its {@code /protocol/openid-connect/certs}.
 */
@ApplicationScoped
public class RealmTokenVerifier {

    private static final Logger LOG = Logger.getLogger(RealmTokenVerifier.class.getName());

    @Inject
    @ConfigProperty(name = "payara.security.openid.providerURI")
    String providerUri;

    @Inject
    @ConfigProperty(name = "streetgov.security.token.audience", defaultValue = "streetgov-api")
    String audience;

    @Inject
    @ConfigProperty(name = "streetgov.security.token.clients", defaultValue = "streetgov-ui,streetgov-cli")
    Set<String> clients;

    @Inject
    @ConfigProperty(name = "streetgov.security.token.skew-seconds", defaultValue = "10")
    int skewSeconds;

    @Inject
    @ConfigProperty(name = "payara.security.openid.jwks.connect.timeout", defaultValue = "2000")
    int connectTimeout;

    @Inject
    @ConfigProperty(name = "payara.security.openid.jwks.read.timeout", defaultValue = "2000")
    int readTimeout;

    private JWKSource<SecurityContext> keys;
    private BearerTokenVerifier verifier;

    @PostConstruct
    void init() {
        TokenPolicy policy = new TokenPolicy(providerUri, audience, clients, Duration.ofSeconds(skewSeconds));
        try {
            URLBasedJWKSetSource<SecurityContext> jwks = new URLBasedJWKSetSource<>(
                    URI.create(providerUri + "/protocol/openid-connect/certs").toURL(),
                    new DefaultResourceRetriever(
                            connectTimeout, readTimeout, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT));
            keys = BearerTokenVerifier.keySource(jwks, Duration.ofMinutes(5), Duration.ofHours(1));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad provider URI " + providerUri, e);
        }
        verifier = new BearerTokenVerifier(policy, keys, Clock.systemUTC());
        LOG.info(() -> "bearer tokens: issuer " + providerUri + ", audience " + audience + ", clients " + clients
                + ", skew " + skewSeconds + " s, Nimbus JOSE+JWT from "
                + JWSAlgorithm.class.getProtectionDomain().getCodeSource().getLocation());
    }

    public VerifiedToken verify(String token) throws TokenRefusedException {
        return verifier.verify(token);
    }

    @PreDestroy
    void close() {
        if (keys instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the JWK source", e);
            }
        }
    }
}
