package com.streetgov.ui.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health: liveness, and readiness of the database, the schema and Keycloak. The checks are
 * created while the application deploys, before {@code java:app} names resolve, so the data source is
 * looked up when a check runs.
 */
@ApplicationScoped
public class ReadinessChecks {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    Bootstrap bootstrap;

    @Inject
    @ConfigProperty(name = "payara.security.openid.providerURI")
    String providerUri;

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("streetgov");
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            var response = HealthCheckResponse.named("database");
            try (Connection c = Bootstrap.dataSource().getConnection()) {
                boolean valid = c.isValid(2);
                return response.status(valid && bootstrap.isReady())
                        .withData("connection", valid)
                        .withData("migrated", bootstrap.isReady())
                        .build();
            } catch (Exception e) {
                return response.down().withData("error", e.getMessage()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck keycloak() {
        return () -> {
            var response = HealthCheckResponse.named("keycloak").withData("issuer", providerUri);
            try {
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(providerUri + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
                int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                return response.status(status == 200).withData("status", status).build();
            } catch (Exception e) {
                return response.down()
                        .withData("error", String.valueOf(e.getMessage()))
                        .build();
            }
        };
    }
}
