import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for intake + routing + persist over HTTP (POST /api/matters with a Keycloak bearer
 * token). Phase 1 finds the maximum rate with closed-loop workers; phase 2 offers half of it open-loop
 * (requests scheduled at fixed intervals, latency measured from the scheduled time, so a stall is not
 * hidden) and reports percentiles. Run with the JDK's single-file launcher:
 *
 *   java ops/benchmark/IntakeLoad.java APP_URL KEYCLOAK_URL USER CONCURRENCY SECONDS [me]
 *
 * Prints one line "max_rps=… ok=… errors=… … warmup_ok=…" and one "half_rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=…".
 * With "me" it loads GET /api/me instead: the same HTTP and token checks without intake, the ceiling
 * the web tier alone allows. Environment: STREETGOV_BENCH_WARMUP (seconds of warm-up, default 45),
 * STREETGOV_BENCH_HALF=0 to leave out the half-rate phase (then only the first line is printed).
 */
public class IntakeLoad {

    static final String[] TEXTS = {
        "我家老人退休金很低，家里生活困难，想问问怎么申请低保？",
        "想申请公租房，住房保障需要准备哪些材料",
        "我们小区有位独居老人需要助餐，居家养老服务怎么申请",
        "楼上邻居天天吵闹，邻里纠纷想找人调解",
        "街道统计调查员上门，想核实身份",
        "小区门口的路灯坏了好几天了，晚上很黑",
    };

    static boolean onlyMe;

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String keycloak = args[1];
        String user = args[2];
        int concurrency = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        onlyMe = args.length > 5 && args[5].equals("me");
        // HTTP/1.1 keep-alive, as a reverse proxy talks to the app; the JDK client would otherwise upgrade
        // to h2c and multiplex every worker over one connection.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String token = token(http, keycloak, user);

        // Warm-up: the JIT, the connection pools, the district's routing index.
        int warmup = Integer.parseInt(System.getenv().getOrDefault("STREETGOV_BENCH_WARMUP", "45"));
        long warmed = warmup > 0 ? closedLoop(http, app, token, concurrency, warmup, new AtomicInteger()) : 0;

        AtomicInteger errors = new AtomicInteger();
        long ok = closedLoop(http, app, token, concurrency, seconds, errors);
        double max = ok / (double) seconds;
        System.out.printf(Locale.ROOT, "max_rps=%.1f ok=%d errors=%d concurrency=%d seconds=%d warmup_ok=%d%n",
                max, ok, errors.get(), concurrency, seconds, warmed);
        if ("0".equals(System.getenv("STREETGOV_BENCH_HALF"))) {
            return;
        }

        double half = max / 2;
        List<Long> latencies = openLoop(http, app, token, half, seconds, errors);
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "half_rps=%.1f sent=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d%n",
                half, latencies.size(), pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6, errors.get());
    }

    static long closedLoop(HttpClient http, String app, String token, int workers, int seconds, AtomicInteger errors)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        AtomicInteger seq = new AtomicInteger();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (post(http, app, token, seq.incrementAndGet())) {
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        return ok.get();
    }

    static List<Long> openLoop(HttpClient http, String app, String token, double rate, int seconds, AtomicInteger errors)
            throws InterruptedException {
        int total = (int) (rate * seconds);
        long interval = (long) (1e9 / rate);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newCachedThreadPool();
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger seq = new AtomicInteger(1_000_000);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            timer.schedule(() -> senders.submit(() -> {
                if (post(http, app, token, seq.incrementAndGet())) {
                    latencies.add(System.nanoTime() - scheduled);
                } else {
                    errors.incrementAndGet();
                }
                done.countDown();
            }), scheduled - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 120L, TimeUnit.SECONDS);
        timer.shutdownNow();
        senders.shutdownNow();
        return new ArrayList<>(latencies);
    }

    static boolean post(HttpClient http, String app, String token, int n) {
        String body = "{\"title\":\"压测诉求" + n + "\",\"description\":\"" + TEXTS[n % TEXTS.length]
                + "\",\"street\":\"street-" + (1 + n % 15) + "\"}";
        try {
            if (onlyMe) {
                return http.send(
                                        HttpRequest.newBuilder(URI.create(app + "/api/me"))
                                                .header("Authorization", "Bearer " + token)
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            }
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(app + "/api/matters"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "bench-" + n + "-" + System.nanoTime())
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 201;
        } catch (Exception e) {
            return false;
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }

    static String token(HttpClient http, String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=streetgov-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo1234";
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
