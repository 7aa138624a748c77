package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two application instances in one Payara Micro cluster (issue 15, DD038): the e2e stack's instance A
 * and a second instance B started here against the same database and Keycloak.
 *
 * <p>The e2e stack is shared: this class changes Luohu's division of LH-SW-005 in 南湖 (no other test
 * routes or re-divides it), adds two matters there and a few hundred to Dongcheng's 东直门街道 today
 * (tests reading Dongcheng recount by SQL or read past periods).
 */
class ClusterIT extends BrowserTest {

    static final int PORT_B = Integer.getInteger("streetgov.e2e.app.port.b", 18081);
    static final int PORT_LB = Integer.getInteger("streetgov.e2e.lb.port", 18000);
    static final String MATTER =
            """
            {"title":"工厂排放废气","description":"小区旁边的小作坊晚上排放刺鼻的废气","street":"南湖街道","category":"LH-SW-005"}""";

    ClusterIT(RunningStack stack) {
        super(stack);
    }

    /**
     * B re-reads routing contexts only every ten minutes. Luohu's 南湖街道 re-divides 环境保护 (LH-SW-005,
     * led by 公共事务中心) to 民生事务部 through A's screen; the very next matter of that category taken in
     * through B's API goes to 民生事务部, because A's change dropped B's cached context through the data
     * grid — not because B's cache expired.
     */
    @Test
    void a_change_through_one_instance_reaches_the_very_next_routing_on_the_other() throws Exception {
        Path work = startB("e2e-b", 600_000L);
        try {
            ApiClient b = new ApiClient(stack, "http://localhost:" + PORT_B);
            String token = b.token("luohu-staff");
            String before = leadOn(b, token);
            assertTrue(
                    !before.equals("民生事务部"), "before: the duty list's lead, 公共事务中心 (and B has cached it): " + before);

            Page a = openAs("luohu-admin", "/duties/coverage");
            a.locator("#coverage-totals").waitFor();
            DutyIT.selectStreet(a, "南湖街道");
            a.locator("#redivision-item").waitFor();
            a.locator("#redivision-item input").fill("LH-SW-005");
            a.locator("vaadin-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("环境保护"))
                    .first()
                    .click();
            DutyIT.pick(a, "#redivision-lead", "民生事务部");
            a.locator("#redivision-save").click();
            Locator grid = a.locator("#redivision-grid");
            a.waitForCondition(() -> grid.innerText().contains("LH-SW-005"));

            assertEquals("民生事务部", leadOn(b, token), "the very next routing on B follows the change made on A");
        } finally {
            stopB(work);
        }
    }

    /**
     * HAProxy (Debian's, as in ops/cluster) in front of A and B; four clients take matters in through
     * it, each retrying a failed request with the same idempotency key, and B is killed (SIGKILL) after
     * three seconds. Every matter acknowledged is in the database exactly once, A keeps taking matters
     * in after the kill, and the load balancer took B out. A browser user logged in through the balancer
     * and held on A by its sticky cookie keeps working after the kill, with no new login.
     */
    @Test
    void an_instance_killed_under_intake_load_loses_no_acknowledged_matter() throws Exception {
        Path work = startB("e2e-b-kill", null);
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(
                config,
                """
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    retries 2
                    option redispatch
                frontend streetgov
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    cookie SERVERID insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    server a 127.0.0.1:%d check cookie a
                    server b 127.0.0.1:%d check cookie b
                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /
                """
                        .formatted(PORT_LB, 18080, PORT_B, PORT_LB + 404));
        Process haproxy = new ProcessBuilder("haproxy", "-f", config.toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile())
                .start();
        Page ui = browser.newPage();
        try {
            ApiClient lb = new ApiClient(stack, "http://localhost:" + PORT_LB);
            String token = lb.token("dongcheng-admin");
            waitUntilBothUp();
            // a user of the UI through the balancer, held on A by the balancer's cookie
            ui.context()
                    .addCookies(List.of(
                            new Cookie("SERVERID", "a").setDomain("localhost").setPath("/")));
            ui.navigate("http://localhost:" + PORT_LB + "/");
            new KeycloakLoginPage(ui).logIn("dongcheng-admin", "demo1234");
            String streets = streetsThrough(ui);
            assertTrue(streets.contains("东直门街道"), streets);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger afterKill = new AtomicInteger();
            AtomicInteger failedAttempts = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                Thread client = new Thread(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        String key = UUID.randomUUID().toString();
                        String body =
                                """
                                {"title":"路灯不亮","description":"小区门口的路灯坏了好几天（%d），晚上很黑","street":"东直门街道"}"""
                                        .formatted(n++);
                        for (int attempt = 0; attempt < 20 && !stop.get(); attempt++) {
                            try {
                                HttpResponse<String> r = lb.post("/api/matters", token, body, key);
                                if (r.statusCode() == 201 || r.statusCode() == 200) {
                                    acknowledged.add(((JsonObject) ApiClient.parse(r.body())).getString("number"));
                                    if (killed.get()) {
                                        afterKill.incrementAndGet();
                                    }
                                    break;
                                }
                            } catch (Exception e) {
                                // the connection broke: try again with the same key
                            }
                            failedAttempts.incrementAndGet();
                            sleep(200);
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            sleep(3000);
            long pid =
                    Long.parseLong(Files.readString(work.resolve("payara.pid")).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            killed.set(true);
            sleep(6000);
            stop.set(true);
            for (Thread client : clients) {
                client.join(60_000);
            }

            assertTrue(acknowledged.size() > 20, "matters were taken in: " + acknowledged.size());
            assertTrue(afterKill.get() > 0, "A kept taking matters in after B was killed");
            assertEquals(
                    acknowledged.size(),
                    inDatabase(acknowledged),
                    "every acknowledged matter is in the database (failed attempts, retried: " + failedAttempts + ")");
            String stats = stats();
            assertTrue(
                    stats.lines().anyMatch(l -> l.startsWith("instances,b,") && l.contains(",DOWN,")),
                    "the load balancer took B out: " + stats);
            assertEquals(streets, streetsThrough(ui), "the UI user on the surviving instance keeps working");
            ui.navigate("http://localhost:" + PORT_LB + "/matters");
            new ShellPage(ui).waitUntilShown();
            assertTrue(ui.url().endsWith("/matters"), "no new login was asked for: " + ui.url());
        } finally {
            ui.context().close();
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
            stopB(work);
        }
    }

    /** The street list on 街道 (/streets), opened through the balancer in the user's session. */
    private static String streetsThrough(Page ui) {
        ui.navigate("http://localhost:" + PORT_LB + "/streets");
        new ShellPage(ui).waitUntilShown();
        return new ShellPage(ui).content("#streets-grid").innerText();
    }

    private Path startB(String dir, Long ttlMillis) throws Exception {
        Path work = stack.work().resolveSibling(dir);
        Process started = stack.start(
                RunningStack.cluster(15901, ttlMillis),
                "ops/app.sh",
                "start",
                "--port",
                String.valueOf(PORT_B),
                "--db",
                "streetgov_e2e",
                "--keycloak-port",
                String.valueOf(stack.keycloakHttpPort()),
                "--war",
                System.getProperty("streetgov.e2e.war", "target/streetgov.war"),
                "--payara",
                System.getProperty("streetgov.e2e.payara", "target/payara-micro.jar"),
                "--work",
                work.toString(),
                "--timeout",
                "400");
        assertTrue(started.waitFor(460, TimeUnit.SECONDS) && started.exitValue() == 0, "instance B did not start");
        String log = Files.readString(work.resolve("payara.log"));
        assertTrue(
                log.contains("through the data grid (2 member(s) now)"),
                "B joined A's data grid: see " + work.resolve("payara.log"));
        return work;
    }

    private void stopB(Path work) throws Exception {
        stack.start(Map.of(), "ops/app.sh", "stop", "--work", work.toString()).waitFor(60, TimeUnit.SECONDS);
    }

    /** Until the load balancer's checks found both instances up (rise 2 × 1 s). */
    private static void waitUntilBothUp() throws Exception {
        for (int i = 0; i < 30; i++) {
            try {
                String stats = stats();
                if (stats.lines()
                                .filter(l -> l.startsWith("instances,a,") || l.startsWith("instances,b,"))
                                .filter(l -> l.contains(",UP,"))
                                .count()
                        == 2) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // HAProxy is still starting
            }
            sleep(500);
        }
        throw new AssertionError("the load balancer never saw both instances up");
    }

    /** HAProxy's statistics as CSV (proxy, server, …, status, …). */
    private static String stats() throws java.io.IOException {
        try (java.io.InputStream in = java.net
                .URI
                .create("http://localhost:" + (PORT_LB + 404) + "/;csv")
                .toURL()
                .openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static long inDatabase(Set<String> numbers) throws Exception {
        try (Connection c = Open311TrustIT.database();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from matter where district_id = 'dongcheng' and number = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", numbers.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String leadOn(ApiClient instance, String token) throws Exception {
        HttpResponse<String> response = instance.post("/api/matters", token, MATTER, null);
        assertEquals(201, response.statusCode(), response.body());
        JsonObject view = (JsonObject) ApiClient.parse(response.body());
        return view.containsKey("routing") && !view.isNull("routing")
                ? view.getJsonObject("routing").getString("leadUnitName")
                : "";
    }
}
