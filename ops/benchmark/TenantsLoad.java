import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Onboards synthetic districts through the real onboarding service (POST /api/vendor/districts as the
 * demo vendor: the Keycloak organization, its street groups and first administrator, the database rows
 * on the shard the service picks), one after the other, and reports how long each took. Run with the
 * JDK's single-file launcher:
 *
 *   java ops/benchmark/TenantsLoad.java APP_URL KEYCLOAK_URL FIRST LAST
 *
 * Districts syn-FIRST … syn-LAST (4 digits), the four templates in turn. Prints a progress line every
 * 100 and then "onboarded=… failed=… total_s=… mean_ms=… p50_ms=… p95_ms=… max_ms=… shards=…".
 */
public class TenantsLoad {

    static final String[] TEMPLATES = {"luohu", "xicheng", "dongcheng", "chenghua"};

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String keycloak = args[1];
        int first = Integer.parseInt(args[2]);
        int last = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, keycloak);
        long tokenAt = System.nanoTime();
        List<Long> millis = new ArrayList<>();
        Map<String, Integer> shards = new TreeMap<>();
        int failed = 0;
        long started = System.nanoTime();
        for (int i = first; i <= last; i++) {
            if (System.nanoTime() - tokenAt > 180_000_000_000L) { // tokens live 5 minutes
                token = token(http, keycloak);
                tokenAt = System.nanoTime();
            }
            String id = String.format(Locale.ROOT, "syn-%04d", i);
            String body = """
                    {"template":"%s","id":"%s","name":"合成测试区%04d","adcode":"99%04d",
                     "admin":{"username":"%s-admin","familyName":"合成","givenName":"管理员","password":"demo12345"}}"""
                    .formatted(TEMPLATES[i % TEMPLATES.length], id, i, i, id);
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(app + "/api/vendor/districts"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.statusCode() == 201) {
                millis.add(ms);
                Matcher shard = Pattern.compile("\"shard\":\"([^\"]+)\"").matcher(r.body());
                if (shard.find()) {
                    shards.merge(shard.group(1), 1, Integer::sum);
                }
            } else {
                failed++;
                System.err.println(id + ": " + r.statusCode() + " " + r.body());
            }
            if ((i - first + 1) % 100 == 0) {
                System.out.printf(Locale.ROOT, "progress %d districts, last %d ms%n", i - first + 1, ms);
            }
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT,
                "onboarded=%d failed=%d total_s=%.1f mean_ms=%.0f p50_ms=%d p95_ms=%d max_ms=%d shards=%s%n",
                millis.size(), failed, total / 1000.0,
                millis.stream().mapToLong(Long::longValue).average().orElse(0),
                at(sorted, 0.50), at(sorted, 0.95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), shards);
    }

    static long at(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    static String token(HttpClient http, String keycloak) throws Exception {
        String form = "grant_type=password&client_id=streetgov-cli&username=vendor&password="
                + URLEncoder.encode("demo1234", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/streetgov/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return m.group(1);
    }
}
