import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault test's load and checks (run by ops/fault/run.sh against the stack it started).
 *
 * <p>Client threads POST /api/matters with a Keycloak bearer token; each matter has its own
 * Idempotency-Key and is re-sent with the same key until the server answers 200/201. A poller reads
 * /health/ready every 200 ms. Meanwhile PostgreSQL is restarted (pg_ctl restart -m fast), then
 * stopped for 4 s and started again. At the end every acknowledged matter must be in the database
 * exactly once, service must be back within 10 s of PostgreSQL, readiness DOWN while it was stopped
 * and UP after, and every failed request a clean 503 JSON answer within a few seconds.
 *
 * <p>Then Keycloak is stopped: the login page must say so (503, Chinese); API calls with the tokens
 * already issued are counted. With FAULT_KEYCLOAK=true Keycloak stays down for 60 s, those calls must
 * all succeed, and after Keycloak is back login and readiness must recover.
 *
 * <p>Compiled with StackClient.java by run.sh. Environment: FAULT_APP, FAULT_KC, FAULT_KC_MGMT (from run.sh), FAULT_PG_PORT, FAULT_KEYCLOAK.
 * Prints the figures; exits 1 if a check fails.
 */
public class FaultLoad {

    static final int THREADS = 6;
    static final long RECOVERY_LIMIT_MS = 10_000;
    static final long CLEAN_FAILURE_LIMIT_MS = 8_000;
    static final String APP = System.getenv("FAULT_APP");
    static final String KC = System.getenv("FAULT_KC");
    static final String RUN = "fault-" + Long.toString(System.currentTimeMillis(), 36);
    static final HttpClient HTTP = StackClient.HTTP;
    static final long T0 = System.nanoTime();
    static final String[] TEXTS = {
        "小区门口的路灯坏了好几天了，晚上很黑", "楼上邻居天天吵闹，邻里纠纷想找人调解", "想申请公租房，住房保障需要准备哪些材料",
    };

    /** One HTTP attempt: when it started and ended (ms since start), status (0: no answer), body. */
    record Attempt(long start, long end, int status, String body, String key) {
        boolean ok() {
            return status == 200 || status == 201;
        }
    }

    static final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    static final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<long[]> readiness = new ConcurrentLinkedQueue<>(); // {ms, status}
    static final List<String> failures = new ArrayList<>();
    static volatile boolean running = true;
    static volatile String token;

    public static void main(String[] args) {
        try {
            test();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.out.println("RESULT: FAIL (" + e + ")");
            System.exit(1);
        }
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static void test() throws Exception {
        boolean keycloakPhase = Boolean.parseBoolean(System.getenv().getOrDefault("FAULT_KEYCLOAK", "false"));
        token = token();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        pool.submit(FaultLoad::pollReadiness);
        AtomicInteger seq = new AtomicInteger();
        for (int i = 0; i < THREADS; i++) {
            pool.submit(() -> client(seq));
        }

        sleep(8_000);
        long[] restart = fault("restart", () -> pg("restart"));
        sleep(10_000);
        long[] stop = fault("stop 4 s, start", () -> {
            pg("stop");
            sleep(4_000);
            pg("start");
        });
        sleep(10_000);
        running = false;
        pool.shutdown();
        if (!pool.awaitTermination(90, TimeUnit.SECONDS)) {
            failures.add("clients did not finish within 90 s of the end of the load");
            pool.shutdownNow();
        }

        System.out.printf(Locale.ROOT, "# fault test %s: %d client threads, POST /api/matters with Idempotency-Key%n",
                RUN, THREADS);
        report("PostgreSQL restart (pg_ctl restart -m fast)", restart, false);
        report("PostgreSQL stop 4 s + start", stop, true);
        checkCleanFailures();
        checkDatabase();
        keycloak(keycloakPhase);

        if (failures.isEmpty()) {
            System.out.println("RESULT: PASS");
        } else {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.out.println("RESULT: FAIL");
        }
    }

    // --- load -------------------------------------------------------------------------------------

    static void client(AtomicInteger seq) {
        while (running) {
            int n = seq.incrementAndGet();
            String key = RUN + "-" + n;
            String body = "{\"title\":\"" + key + "\",\"description\":\"" + TEXTS[n % TEXTS.length]
                    + "\",\"street\":\"street-" + (1 + n % 15) + "\"}";
            // Retry with the same key until acknowledged; the last matter is finished after the load ends.
            while (!Thread.currentThread().isInterrupted()) {
                Attempt a = post(key, body);
                attempts.add(a);
                if (a.ok()) {
                    Matcher m = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(a.body());
                    acknowledged.put(key, m.find() ? m.group(1) : "?");
                    break;
                }
                if (a.status() == 401) {
                    refreshToken();
                }
                sleep(200);
            }
        }
    }

    static Attempt post(String key, String body) {
        long start = now();
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(APP + "/api/matters"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Attempt(start, now(), r.statusCode(), r.body(), key);
        } catch (IOException | InterruptedException e) {
            return new Attempt(start, now(), 0, e.toString(), key);
        }
    }

    static void pollReadiness() {
        while (running) {
            int status;
            try {
                status = HTTP.send(
                                HttpRequest.newBuilder(URI.create(APP + "/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException | InterruptedException e) {
                status = 0;
            }
            readiness.add(new long[] {now(), status});
            sleep(200);
        }
    }

    // --- faults and their figures -----------------------------------------------------------------

    /** Runs a fault; returns {fault start, PostgreSQL accepting connections again} in ms. */
    static long[] fault(String name, Runnable action) {
        long start = now();
        action.run();
        long back = now();
        System.err.printf(Locale.ROOT, "[FaultLoad] %s: %d ms to %d ms%n", name, start, back);
        return new long[] {start, back};
    }

    static void report(String name, long[] window, boolean expectDown) {
        long start = window[0], back = window[1];
        long failed = attempts.stream()
                .filter(a -> !a.ok() && a.end() >= start && a.start() <= back + RECOVERY_LIMIT_MS)
                .count();
        long firstOk = attempts.stream()
                .filter(a -> a.ok() && a.start() >= back)
                .mapToLong(Attempt::end)
                .min()
                .orElse(-1);
        long firstUp = readiness.stream()
                .filter(r -> r[0] >= back && r[1] == 200)
                .mapToLong(r -> r[0])
                .min()
                .orElse(-1);
        long downPolls = readiness.stream()
                .filter(r -> r[0] >= start && r[0] <= back && r[1] != 200)
                .count();
        long polls = readiness.stream()
                .filter(r -> r[0] >= start && r[0] <= back)
                .count();
        System.out.printf(Locale.ROOT,
                "%s: PostgreSQL away %d ms; requests failed %d; first success %d ms after PostgreSQL was back;"
                        + " readiness DOWN in %d of %d polls while away, UP %d ms after%n",
                name, back - start, failed, firstOk < 0 ? -1 : firstOk - back, downPolls, polls,
                firstUp < 0 ? -1 : firstUp - back);
        if (firstOk < 0 || firstOk - back > RECOVERY_LIMIT_MS) {
            failures.add(name + ": no success within " + RECOVERY_LIMIT_MS + " ms of PostgreSQL being back");
        }
        if (firstUp < 0 || firstUp - back > RECOVERY_LIMIT_MS) {
            failures.add(name + ": readiness not UP within " + RECOVERY_LIMIT_MS + " ms of PostgreSQL being back");
        }
        if (expectDown && downPolls == 0) {
            failures.add(name + ": readiness never DOWN while PostgreSQL was stopped");
        }
    }

    static void checkCleanFailures() {
        List<Attempt> failed = attempts.stream().filter(a -> !a.ok()).toList();
        Map<Integer, Integer> byStatus = new HashMap<>();
        failed.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        long slowest = failed.stream().mapToLong(a -> a.end() - a.start()).max().orElse(0);
        long total = attempts.size();
        System.out.printf(Locale.ROOT,
                "requests: %d sent, %d acknowledged matters, %d failed (by status %s), %d acknowledged on a retry"
                        + " (200, the first call's matter); slowest failure %d ms%n",
                total, acknowledged.size(), failed.size(), byStatus,
                attempts.stream().filter(a -> a.status() == 200).count(), slowest);
        for (Attempt a : failed) {
            boolean clean = a.status() == 503
                    && a.body().contains("\"error\":\"database_unavailable\"")
                    && a.body().contains("数据库暂时不可用")
                    && !a.body().matches("(?s).*(Exception|\\bat [a-z]+\\.|SELECT|INSERT|postgresql|eclipse).*");
            if (!clean) {
                failures.add("a failed request was not a clean 503 JSON answer: status " + a.status() + " body "
                        + a.body().substring(0, Math.min(300, a.body().length())));
                break;
            }
        }
        if (slowest > CLEAN_FAILURE_LIMIT_MS) {
            failures.add("a failed request took " + slowest + " ms (limit " + CLEAN_FAILURE_LIMIT_MS + ")");
        }
    }

    /** Every acknowledged matter is stored exactly once, under its key, with the number it was given. */
    static void checkDatabase() {
        String rows = sql("select idempotency_key, number from matter where district_id = 'xicheng'"
                + " and idempotency_key like '" + RUN + "-%'");
        Map<String, String> stored = new HashMap<>();
        int duplicates = 0;
        for (String line : rows.split("\n")) {
            if (!line.isBlank() && stored.put(line.split("\\|")[0], line.split("\\|")[1]) != null) {
                duplicates++;
            }
        }
        // The title carries the key too: a matter stored twice under different keys would show here.
        String[] titles = sql("select count(*), count(distinct title) from matter where title like '" + RUN + "-%'")
                .trim()
                .split("\\|");
        duplicates += Integer.parseInt(titles[0]) - Integer.parseInt(titles[1]);
        long missing = acknowledged.keySet().stream().filter(k -> !stored.containsKey(k)).count();
        long wrongNumber = acknowledged.entrySet().stream()
                .filter(e -> stored.containsKey(e.getKey()) && !stored.get(e.getKey()).equals(e.getValue()))
                .count();
        long unacknowledged = stored.keySet().stream().filter(k -> !acknowledged.containsKey(k)).count();
        System.out.printf(Locale.ROOT,
                "database: %d matters of this run stored; acknowledged %d; missing %d; duplicates %d;"
                        + " number differs %d; stored but never acknowledged %d%n",
                stored.size(), acknowledged.size(), missing, duplicates, wrongNumber, unacknowledged);
        if (acknowledged.isEmpty() || missing > 0 || duplicates > 0 || wrongNumber > 0 || unacknowledged > 0) {
            failures.add("the database does not hold every acknowledged matter exactly once");
        }
    }

    // --- Keycloak ---------------------------------------------------------------------------------

    static void keycloak(boolean full) throws Exception {
                String port = URI.create(KC).getPort() + "";
        run(List.of(StackClient.script("ops/keycloak/keycloak.sh"), "stop", "--http-port", port));
        long down = now();
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create(APP + "/")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf(Locale.ROOT, "Keycloak stopped: the browser's login page answers %d%s%n", login.statusCode(),
                login.body().contains("登录服务暂时不可用") ? " with 登录服务暂时不可用，请稍后再试" : "");
        if (login.statusCode() != 503 || !login.body().contains("登录服务暂时不可用")) {
            failures.add("with Keycloak down, the login page is not the clear 503 page: " + login.statusCode());
        }
        long seconds = full ? 60 : 3;
        int ok = 0, failed = 0;
        while (now() - down < seconds * 1000) {
            HttpResponse<String> me = HTTP.send(
                    HttpRequest.newBuilder(URI.create(APP + "/api/me"))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (me.statusCode() == 200) {
                ok++;
            } else {
                failed++;
            }
            sleep(250);
        }
        System.out.printf(Locale.ROOT,
                "Keycloak down %d s: GET /api/me with an already issued token: %d ok, %d failed%s%n",
                seconds, ok, failed, full ? "" : " (not asserted; FAULT_KEYCLOAK=true asserts it)");
        if (!full) {
            return;
        }
        if (failed > 0) {
            failures.add("with Keycloak down, " + failed + " API calls with valid tokens failed");
        }
        long start = now();
        run(List.of(StackClient.script("ops/keycloak/keycloak.sh"), "start", "--http-port", port, "--mgmt-port",
                System.getenv("FAULT_KC_MGMT"), "--db", "streetgov_fault_keycloak"));
        long back = now();
        long loginBack = -1;
        while (now() - back < 30_000) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(APP + "/")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").startsWith(KC)) {
                loginBack = now() - back;
                break;
            }
            sleep(250);
        }
        System.out.printf(Locale.ROOT, "Keycloak restarted in %d ms; login redirects to it again after %d ms%n",
                back - start, loginBack);
        if (loginBack < 0) {
            failures.add("login did not recover within 30 s of Keycloak being back");
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    static String sql(String query) {
        return StackClient.psql(System.getenv().getOrDefault("FAULT_PG_PORT", "31432"), query);
    }

    static void pg(String action) {
        StackClient.run(List.of(StackClient.script("ops/fault/pg.sh"), action), Map.of());
    }

    static void run(List<String> command) {
        StackClient.run(command, Map.of());
    }

    static String token() throws Exception {
        return StackClient.token(KC, "xicheng-staff");
    }

    static synchronized void refreshToken() {
        try {
            token = token();
        } catch (Exception e) {
            // Keycloak unreachable: keep the token we have
        }
    }

    static long now() {
        return (System.nanoTime() - T0) / 1_000_000;
    }

    static void sleep(long ms) {
        StackClient.sleep(ms);
    }
}
