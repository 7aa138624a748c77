package com.streetgov.ui.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keycloak and the application, started once per build through the same ops/ scripts that ops/run
 * uses (fresh databases, test ports from the failsafe configuration) and stopped when the build's
 * tests end.
 */
public final class RunningStack implements ExtensionContext.Store.CloseableResource {

    private final Path root =
            Path.of(System.getProperty("streetgov.repo.root", "..")).toAbsolutePath();
    private final Path work =
            Path.of(System.getProperty("streetgov.e2e.work", "target/e2e")).toAbsolutePath();
    private final int appPort = Integer.getInteger("streetgov.e2e.app.port", 18080);
    /**
     * How long Keycloak and the application (seeding the demo year: ~100 s on the quiet machines of
     * earlier sessions, 444 s on the one of 2026-11-30, Xicheng's 142,632 matters alone 281 s) may take
     * to be ready: generous, because a machine shared with other builds takes longer still.
     */
    private static final int STARTUP_SECONDS = Integer.getInteger("streetgov.e2e.startup.seconds", 900);

    private final int keycloakPort = Integer.getInteger("streetgov.e2e.keycloak.port", 18180);
    private final int keycloakMgmtPort = Integer.getInteger("streetgov.e2e.keycloak.mgmt.port", 19000);

    /** The data grid's cluster of the e2e instances (issue 15): the first on 15900, a second on 15901. */
    static final String CLUSTER = "streetgov-e2e";

    static final String CLUSTER_MEMBERS = "127.0.0.1:15900,127.0.0.1:15901";

    /**
     * The second shard (issue 15, DD039): a database of its own, with Xicheng placed on it at seeding,
     * so every test that uses Xicheng goes through the shard — and every isolation test between Luohu
     * and Xicheng crosses shards.
     */
    static final String SHARDS = "s2=127.0.0.1:5432/streetgov_e2e_s2";

    static final String DEMO_PLACEMENT = "xicheng=s2";

    RunningStack() {
        Process keycloak = start(
                "ops/keycloak/keycloak.sh",
                "start",
                "--http-port",
                String.valueOf(keycloakPort),
                "--mgmt-port",
                String.valueOf(keycloakMgmtPort),
                "--db",
                "streetgov_e2e_keycloak",
                "--fresh",
                "--timeout",
                String.valueOf(STARTUP_SECONDS));
        // The application waits for Keycloak through its readiness check, so both start at once. It runs
        // as the first member of a cluster (ClusterIT starts a second instance against it).
        Process app = start(
                cluster(15900, null),
                "ops/app.sh",
                "start",
                "--port",
                String.valueOf(appPort),
                "--db",
                "streetgov_e2e",
                "--fresh-db",
                "--seed-demo",
                "--keycloak-port",
                String.valueOf(keycloakPort),
                "--war",
                System.getProperty("streetgov.e2e.war", "target/streetgov.war"),
                "--payara",
                System.getProperty("streetgov.e2e.payara", "target/payara-micro.jar"),
                "--work",
                work.toString(),
                "--timeout",
                String.valueOf(STARTUP_SECONDS));
        try {
            awaitSuccess(keycloak, "Keycloak");
            awaitSuccess(app, "the application");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String appUrl() {
        return "http://localhost:" + appPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    public int keycloakHttpPort() {
        return keycloakPort;
    }

    public Path work() {
        return work;
    }

    /**
     * The environment that makes ops/app.sh start an instance of the e2e cluster on {@code gridPort},
     * reaching both shards.
     */
    static Map<String, String> cluster(int gridPort, Long routingTtlMillis) {
        Map<String, String> env = new HashMap<>();
        env.put("STREETGOV_CLUSTER_NAME", CLUSTER);
        env.put("STREETGOV_CLUSTER_MEMBERS", CLUSTER_MEMBERS);
        env.put("STREETGOV_CLUSTER_PORT", String.valueOf(gridPort));
        env.put("STREETGOV_SHARDS", SHARDS);
        env.put("STREETGOV_DEMO_PLACEMENT", DEMO_PLACEMENT);
        if (routingTtlMillis != null) {
            env.put("STREETGOV_ROUTING_TTL_MILLIS", String.valueOf(routingTtlMillis));
        }
        return env;
    }

    private Process start(String... command) {
        return start(Map.of(), command);
    }

    /** Runs {@code command} (relative to the repository) with {@code env} added, its output inherited. */
    Process start(Map<String, String> env, String... command) {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.set(0, root.resolve(command[0]).toString());
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(cmd).directory(root.toFile()).inheritIO();
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        }
    }

    private static void awaitSuccess(Process process, String what) {
        try {
            if (!process.waitFor(STARTUP_SECONDS + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(what + " did not start: see the output above");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        run("ops/app.sh", "stop", "--work", work.toString());
        run("ops/keycloak/keycloak.sh", "stop", "--http-port", String.valueOf(keycloakPort));
    }

    private void run(String... command) {
        try {
            start(command).waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
