package com.streetgov.ui.platform;

import com.streetgov.ui.security.KeycloakAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health: liveness, and readiness of the database, the schema and Keycloak. The checks are
 * created while the application deploys, before {@code java:app} names resolve, so the data source is
 * looked up when a check runs. Each run asks the pool for a connection (validated by the pool, see
 * DD019), so readiness is DOWN while PostgreSQL is unreachable and UP again as soon as it answers.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    Bootstrap bootstrap;

    @Inject
    KeycloakAvailability keycloak;

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
                // No driver or pool text on a public endpoint: whether it is an outage is enough.
                return response.down()
                        .withData("connection", false)
                        .withData("error", DatabaseOutage.causedBy(e) ? "unreachable" : "failed")
                        .build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck keycloak() {
        return () -> {
            KeycloakAvailability.Probe probe = keycloak.probe();
            var response = HealthCheckResponse.named("keycloak")
                    .withData("issuer", keycloak.providerUri())
                    .status(probe.up());
            return probe.error() == null
                    ? response.withData("status", probe.status()).build()
                    : response.withData("error", probe.error()).build();
        };
    }
}
