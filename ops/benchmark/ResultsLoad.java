import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results dashboard's server time, warm, over HTTP with a district admin's token: {@code GET
 * /api/results} computes exactly the figures the district admin's dashboard shows (the latest complete
 * period's rates against the period before, the running period's visits, the street ranking, the
 * 12-period trend, the category hotspots, the departments' double assessment) through the same
 * application services, under row-level security. Beside it, in the same run and the same way: {@code
 * GET /api/me} (the web tier, token checks, no results) and {@code GET /api/results?period=…} of the
 * period before (a second, different period).
 *
 *   java ops/benchmark/ResultsLoad.java APP_URL KEYCLOAK_URL USER [WARMUP] [RUNS]
 *
 * Requests are sequential (one at a time: the time one admin waits). Prints one line per request:
 * p50 / p95 / p99 / max in ms and the response size.
 */
public class ResultsLoad {

    public static void main(String[] args) throws Exception {
        String app = args[0], keycloak = args[1], user = args[2];
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = token(http, keycloak, user);

        String summary = get(http, app + "/api/results", token);
        Matcher month = Pattern.compile("\"month\":\"(\\d{4})-(\\d{2})\"").matcher(summary);
        if (!month.find()) {
            throw new IllegalStateException("no period in " + summary);
        }
        int y = Integer.parseInt(month.group(1)), m = Integer.parseInt(month.group(2));
        String before = m == 1 ? (y - 1) + "-12" : String.format(Locale.ROOT, "%d-%02d", y, m - 1);

        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("baseline: GET /api/me", app + "/api/me");
        requests.put("GET /api/results (the dashboard's figures)", app + "/api/results");
        requests.put("GET /api/results?period=" + before, app + "/api/results?period=" + before);
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < warmup; i++) {
            for (String url : requests.values()) {
                get(http, url, token);
            }
        }
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, String> r : requests.entrySet()) {
                long t = System.nanoTime();
                String body = get(http, r.getValue(), token);
                times.computeIfAbsent(r.getKey(), k -> new long[runs])[i] = System.nanoTime() - t;
                sizes.put(r.getKey(), body.length());
            }
        }
        System.out.printf(Locale.ROOT, "user=%s latest=%s-%02d warmup=%d runs=%d%n", user, y, m, warmup, runs);
        times.forEach((name, t) -> System.out.println(line(name, t, sizes.get(name))));
        System.out.println("body: " + (summary.length() > 600 ? summary.substring(0, 600) + "…" : summary));
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String line(String name, long[] nanos, int size) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-48s p50=%7.2f p95=%7.2f p99=%7.2f max=%7.2f ms  bytes=%d",
                name, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, size);
    }

    static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    static String token(HttpClient http, String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=streetgov-cli&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo1234";
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
