package com.streetgov.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether Keycloak answers: its discovery document within 2 s. Used by readiness and by the login
 * guard (a browser is not sent to a Keycloak that is down). A probe is reused for 2 s so that a burst
 * of requests does not become a burst of probes.
 */
@ApplicationScoped
public class KeycloakAvailability {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long REUSE_NANOS = Duration.ofSeconds(2).toNanos();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    @ConfigProperty(name = "payara.security.openid.providerURI")
    String providerUri;

    private volatile Probe last;

    /** The outcome of one probe: the HTTP status, or 0 and the failure's type when there was no answer. */
    public record Probe(long atNanos, int status, String error) {
        public boolean up() {
            return status == 200;
        }
    }

    /** The issuer URI the application is configured with. */
    public String providerUri() {
        return providerUri;
    }

    /** The latest probe, a fresh one if the last is older than 2 s. */
    public Probe probe() {
        Probe probe = last;
        if (probe == null || System.nanoTime() - probe.atNanos() > REUSE_NANOS) {
            probe = probeNow();
            last = probe;
        }
        return probe;
    }

    public boolean isUp() {
        return probe().up();
    }

    private Probe probeNow() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(providerUri + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT)
                    .build();
            int status =
                    HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Probe(System.nanoTime(), status, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(System.nanoTime(), 0, "interrupted");
        } catch (Exception e) {
            return new Probe(System.nanoTime(), 0, e.getClass().getSimpleName());
        }
    }
}
