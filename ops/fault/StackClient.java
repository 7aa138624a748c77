import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fault test's programs share (compiled with them by run.sh): the HTTP client, a demo user's
 * token from Keycloak's password grant, psql on the private clusters and the repository's scripts.
 */
final class StackClient {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    private StackClient() {}

    /** An access token for demo user {@code user} (password demo1234) from Keycloak at {@code keycloak}. */
    static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=streetgov-cli&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo1234";
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/streetgov/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token from Keycloak: " + r.statusCode());
        }
        return m.group(1);
    }

    /** {@code sql} as postgres in database streetgov_fault on 127.0.0.1:{@code port}; rows as a|b lines. */
    static String psql(String port, String sql) {
        return run(List.of("psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", "streetgov_fault", "-AtqF",
                "|", "-c", sql), Map.of());
    }

    /** Runs {@code command} (its errors to ours) with {@code env} added; its output, or a failure. */
    static String run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(env);
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command + " failed");
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(command + " failed", e);
        }
    }

    /** A script of this repository, e.g. {@code ops/fault/pg.sh} (run from the repository's root). */
    static String script(String path) {
        return System.getProperty("user.dir") + "/" + path;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
