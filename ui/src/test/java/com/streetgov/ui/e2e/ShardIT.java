package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Districts on two shards (issue 15, DD039). The e2e stack runs with a second shard, the database
 * streetgov_e2e_s2, and Xicheng placed there at seeding, so every other test that uses Xicheng goes
 * through the shard too, and every isolation test between Luohu and Xicheng crosses shards. Here:
 * Xicheng's rows are on s2 only and served from there; other districts' users reach none of them; Dongcheng moves to s2 and back through the vendor's screen while its staff
 * take matters in, and every acknowledged matter is where the district is.
 *
 * <p>The stack is shared: Dongcheng ends on main as it started, with every row, plus the matters taken
 * in here today (as ClusterIT adds; tests reading Dongcheng recount by SQL or read past periods).
 */
class ShardIT extends BrowserTest {

    static final String MAIN_DB = "streetgov_e2e";
    static final String S2_DB = "streetgov_e2e_s2";

    ShardIT(RunningStack stack) {
        super(stack);
    }

    @Test
    void a_district_on_shard_two_is_served_from_there_and_invisible_to_other_districts() throws Exception {
        assertEquals(0, count(MAIN_DB, "select count(*) from matter where district_id = 'xicheng'"));
        assertTrue(
                count(S2_DB, "select count(*) from matter where district_id = 'xicheng'") > 1000,
                "Xicheng's demo year is on s2");
        assertEquals(
                0,
                count(
                        S2_DB,
                        "select count(*) from matter where district_id <> 'xicheng'"
                                + " and district_id <> 'pingshan'"),
                "s2 holds no other demo district's matters");

        ApiClient api = new ApiClient(stack);
        String xicheng = api.token("xicheng-staff");
        String title = "分片测试" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> taken = api.post(
                "/api/matters",
                xicheng,
                """
                {"title":"%s","description":"小区门口的井盖松动了，车一过就响","street":"新街口街道"}"""
                        .formatted(title),
                UUID.randomUUID().toString());
        assertEquals(201, taken.statusCode(), taken.body());
        String number = ((JsonObject) ApiClient.parse(taken.body())).getString("number");
        assertEquals(
                1,
                count(S2_DB, "select count(*) from matter where district_id = 'xicheng' and title = '" + title + "'"),
                "the matter is written on s2");
        assertEquals(0, count(MAIN_DB, "select count(*) from matter where title = '" + title + "'"));
        HttpResponse<String> read = api.get("/api/matters/" + number, xicheng);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains(title), read.body());

        for (String other : List.of("luohu-admin", "dongcheng-staff")) {
            String token = api.token(other);
            HttpResponse<String> theirs = api.get("/api/matters/" + number, token);
            assertFalse(theirs.body().contains(title), other + " sees Xicheng's matter: " + theirs.body());
        }
        // the public channels name the district: Xicheng's catalog comes from s2
        HttpResponse<String> services = api.get("/api/open311/v2/services.json?jurisdiction_id=xicheng", null);
        assertEquals(200, services.statusCode(), services.body());
        assertTrue(services.body().contains("service_code"), services.body());
    }

    @Test
    void a_district_moves_to_shard_two_and_back_while_its_staff_take_matters_in() throws Exception {
        ApiClient api = new ApiClient(stack);
        String token = api.token("dongcheng-staff");
        long before = count(MAIN_DB, "select count(*) from matter where district_id = 'dongcheng'");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refusals = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Thread client = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    String key = UUID.randomUUID().toString();
                    String body =
                            """
                            {"title":"路灯不亮","description":"胡同口的路灯坏了（%d），晚上很黑","street":"东直门街道"}"""
                                    .formatted(n++);
                    for (int attempt = 0; attempt < 100 && !stop.get(); attempt++) {
                        try {
                            HttpResponse<String> r = api.post("/api/matters", token, body, key);
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                acknowledged.add(((JsonObject) ApiClient.parse(r.body())).getString("number"));
                                break;
                            }
                            refusals.incrementAndGet();
                            assertEquals(503, r.statusCode(), "only a pause, never an error: " + r.body());
                        } catch (AssertionError e) {
                            throw e;
                        } catch (Exception e) {
                            refusals.incrementAndGet();
                        }
                        sleep(250);
                    }
                    sleep(100);
                }
            });
            client.start();
            clients.add(client);
        }
        Page vendor = openAs("vendor", "/vendor/shards");
        try {
            sleep(1500);
            String placements = vendor.locator("#shards-placements").innerText();
            assertTrue(placements.contains("xicheng") && placements.contains("s2"), placements);
            move(vendor, "东城区", "s2");
            assertTrue(
                    vendor.locator("#shards-result").innerText().startsWith("区 dongcheng 已迁至分片 s2"),
                    vendor.locator("#shards-result").innerText());
            sleep(2000);
        } finally {
            stop.set(true);
            for (Thread client : clients) {
                client.join(60_000);
            }
        }
        Path shots = Files.createDirectories(stack.work().resolve("screenshots"));
        vendor.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("shards-moved.png"))
                .setFullPage(true));
        String checks = vendor.locator("#shards-checks").innerText();
        assertFalse(checks.contains("不一致"), checks);
        assertTrue(acknowledged.size() > 5, "matters were taken in: " + acknowledged.size());
        assertEquals(
                0, count(MAIN_DB, "select count(*) from matter where district_id = 'dongcheng'"), "none left on main");
        long onS2 = count(S2_DB, "select count(*) from matter where district_id = 'dongcheng'");
        assertEquals(
                acknowledged.size(),
                inDatabase(S2_DB, acknowledged),
                "every acknowledged matter is on s2 (" + refusals + " attempts answered 503 and were retried)");
        assertEquals(before + acknowledged.size(), onS2, "every matter of Dongcheng moved, and the new ones");

        String moved = api.get("/api/matters/" + acknowledged.iterator().next(), api.token("dongcheng-admin"))
                .body();
        assertTrue(moved.contains("路灯不亮"), "Dongcheng's staff keep working on s2: " + moved);

        move(vendor, "东城区", "main");
        assertTrue(
                vendor.locator("#shards-result").innerText().startsWith("区 dongcheng 已迁至分片 main"),
                vendor.locator("#shards-result").innerText());
        assertEquals(
                onS2, count(MAIN_DB, "select count(*) from matter where district_id = 'dongcheng'"), "back on main");
        assertEquals(0, count(S2_DB, "select count(*) from matter where district_id = 'dongcheng'"));
        assertEquals(acknowledged.size(), inDatabase(MAIN_DB, acknowledged));
        String recent = vendor.locator("#shards-moves").innerText();
        assertTrue(recent.contains("main → s2") && recent.contains("s2 → main"), recent);
    }

    private static void move(Page vendor, String districtName, String shard) {
        String before = vendor.locator("#shards-result").innerText();
        GridRows.choose(vendor, "#shards-district", districtName + "（" + code(districtName) + "）");
        GridRows.choose(vendor, "#shards-target", shard);
        vendor.locator("#shards-move").click();
        vendor.waitForCondition(
                () -> {
                    String now = vendor.locator("#shards-result").innerText();
                    return now.startsWith("区 ") && !now.equals(before);
                },
                new Page.WaitForConditionOptions().setTimeout(180_000));
    }

    private static String code(String districtName) {
        return switch (districtName) {
            case "东城区" -> "dongcheng";
            case "罗湖区" -> "luohu";
            default -> throw new IllegalArgumentException(districtName);
        };
    }

    static long count(String database, String sql) throws Exception {
        try (Connection db = connect(database);
                ResultSet r = db.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long inDatabase(String database, Set<String> numbers) throws Exception {
        try (Connection db = connect(database);
                PreparedStatement s = db.prepareStatement(
                        "select count(*) from matter where district_id = 'dongcheng' and number = any(?)")) {
            s.setArray(1, db.createArrayOf("varchar", numbers.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static Connection connect(String database) throws Exception {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database,
                System.getProperty("streetgov.test.db.user", "postgres"),
                System.getProperty("streetgov.test.db.password", "postgres"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
