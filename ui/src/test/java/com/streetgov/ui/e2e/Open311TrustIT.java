package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open311 as an attacker walks it (DD021): numbers and guessed request ids of another district and of
 * the own one find nothing without the submitter's id or the district's key; an unknown district and
 * an unknown request answer byte for byte alike; keys of one district mean nothing in another; numbers
 * count per district; a burst from one address is throttled with 429 and Retry-After.
 */
@ExtendWith(StackExtension.class)
class Open311TrustIT {

    static final String OPEN311 = "/api/open311/v2/";
    final RunningStack stack;
    final ApiClient api;

    Open311TrustIT(RunningStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack);
    }

    String staffMatter(String user, String body) throws Exception {
        HttpResponse<String> r = api.post("/api/matters", api.token(user), body, null);
        assertEquals(201, r.statusCode(), r.body());
        return ((JsonObject) ApiClient.parse(r.body())).getString("number");
    }

    String xichengMatter() throws Exception {
        return staffMatter("xicheng-staff", MatterApiIT.dibao());
    }

    String luohuMatter() throws Exception {
        return staffMatter(
                "luohu-staff",
                """
                {"title":"路灯不亮","description":"小区门口的路灯坏了好几天，晚上很黑",
                 "address":"深圳市罗湖区莲塘街道国威路1号"}""");
    }

    /** Posts an Open311 request with {@code key} in {@code district}. */
    HttpResponse<String> post(String district, String key, String description) throws Exception {
        return api.postForm(
                OPEN311 + "requests.json",
                "jurisdiction_id=" + district + "&api_key=" + enc(key) + "&service_code=XC-MS-004&description="
                        + enc(description) + "&attribute%5Bstreet%5D=street-2");
    }

    static String requestId(HttpResponse<String> created) {
        return ((JsonArray) ApiClient.parse(created.body())).getJsonObject(0).getString("service_request_id");
    }

    HttpResponse<String> read(String id, String district, String key) throws Exception {
        return api.get(
                OPEN311 + "requests/" + enc(id) + ".json?jurisdiction_id=" + district
                        + (key == null ? "" : "&api_key=" + enc(key)),
                null);
    }

    static String guessedId() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void enumerating_numbers_and_guessed_ids_of_another_district_or_the_own_finds_nothing() throws Exception {
        String submitted = requestId(post("xicheng", "demo-open311-xicheng", "想申请公租房，住房保障需要准备哪些材料"));
        String xicheng = xichengMatter();
        String luohu = luohuMatter();
        HttpResponse<String> nothing = read("20990101-000001", "nowhere", null);
        assertEquals(404, nothing.statusCode(), nothing.body());

        List<String> guesses = new ArrayList<>(List.of(xicheng, luohu));
        String day = xicheng.substring(0, 9);
        for (int serial = 1; serial <= 40; serial++) {
            guesses.add(day + String.format("%06d", serial));
        }
        for (int i = 0; i < 15; i++) {
            guesses.add(guessedId());
        }
        guesses.add(submitted.substring(0, submitted.length() - 1) + (submitted.endsWith("A") ? "B" : "A"));
        int walked = 0;
        for (String guess : guesses) {
            for (String district : List.of("xicheng", "luohu")) {
                HttpResponse<String> r = read(guess, district, null);
                assertEquals(nothing.statusCode(), r.statusCode(), guess + " in " + district + ": " + r.body());
                assertEquals(nothing.body(), r.body(), "an unknown request answers like an unknown district");
                walked++;
            }
        }
        for (String number : List.of(xicheng, xicheng.substring(0, 9) + "000001")) {
            HttpResponse<String> r = read(number, "xicheng", "demo-open311-luohu");
            assertEquals(nothing.body(), r.body(), "a Luohu key does not open Xicheng's numbers");
        }
        assertEquals(nothing.body(), read(submitted, "luohu", null).body(), "an id is its district's only");
        assertEquals(nothing.body(), read(submitted, "nowhere", null).body());
        assertTrue(walked >= 110, "walked " + walked);

        HttpResponse<String> mine = read(submitted, "xicheng", null);
        assertEquals(200, mine.statusCode(), mine.body());
        JsonObject request = ((JsonArray) ApiClient.parse(mine.body())).getJsonObject(0);
        assertEquals(submitted, request.getString("service_request_id"));
        assertEquals("想申请公租房，住房保障需要准备哪些材料", request.getString("description"));
        HttpResponse<String> byNumber = read(xicheng, "xicheng", "demo-open311-xicheng");
        assertEquals(200, byNumber.statusCode(), "the district's own client reads by number: " + byNumber.body());
    }

    @Test
    void posting_and_listing_need_an_active_key_of_that_district_and_a_submitter_gets_an_unguessable_id()
            throws Exception {
        HttpResponse<String> refused = post("nowhere", "demo-open311-xicheng", "路灯坏了");
        assertEquals(403, refused.statusCode(), refused.body());
        for (String key : List.of("demo-open311-luohu", "", "demo-open311-key", guessedId())) {
            HttpResponse<String> r = post("xicheng", key, "路灯坏了");
            assertEquals(refused.statusCode(), r.statusCode(), key + ": " + r.body());
            assertEquals(refused.body(), r.body());
        }
        HttpResponse<String> created = post("xicheng", "demo-open311-xicheng", "小区路灯坏了，晚上很黑");
        assertEquals(201, created.statusCode(), created.body());
        String id = requestId(created);
        assertTrue(id.matches("o311_[A-Za-z0-9_-]{43}"), id);
        assertFalse(created.body().matches("(?s).*\\d{8}-\\d{6}.*"), "no matter number: " + created.body());

        HttpResponse<String> anonymous = api.get(OPEN311 + "requests.json?jurisdiction_id=xicheng", null);
        assertEquals(403, anonymous.statusCode(), anonymous.body());
        assertEquals(
                anonymous.body(),
                api.get(OPEN311 + "requests.json?jurisdiction_id=xicheng&api_key=demo-open311-luohu", null)
                        .body());
        assertEquals(
                anonymous.body(),
                api.get(OPEN311 + "requests.json?jurisdiction_id=nowhere&api_key=demo-open311-xicheng", null)
                        .body());
        String number = xichengMatter();
        HttpResponse<String> listed =
                api.get(OPEN311 + "requests.json?jurisdiction_id=xicheng&api_key=demo-open311-xicheng", null);
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"" + number + "\""), "a key holder lists the district's matters");
        assertFalse(listed.body().contains(id), "request ids are never listed (only their hashes are stored)");
        assertEquals(List.of(), column("select matter_number from open311_request where token_hash = ?", id));
        assertEquals(
                1,
                column("select matter_number from open311_request where token_hash = ?", sha256(id))
                        .size());
    }

    @Test
    void each_district_numbers_its_own_matters_so_a_number_tells_nothing_of_the_others() throws Exception {
        for (int round = 0; round < 2; round++) {
            String x = xichengMatter();
            String l = luohuMatter();
            assertEquals(count("xicheng", x.substring(0, 9)), serial(x), x);
            assertEquals(count("luohu", l.substring(0, 9)), serial(l), l);
        }
        String first = xichengMatter();
        assertEquals(serial(first) + 1, serial(xichengMatter()), "consecutive in one district");
    }

    @Test
    void a_burst_from_one_address_gets_429_with_retry_after_while_another_address_goes_on() throws Exception {
        String url = stack.appUrl() + OPEN311 + "requests/x.json?jurisdiction_id=nowhere";
        RawHttp.Answer answer = null;
        int sent = 0;
        while (sent < 2_000) {
            answer = RawHttp.get("127.0.0.77", url);
            sent++;
            if (answer.status() == 429) {
                break;
            }
            assertEquals(404, answer.status(), answer.body());
        }
        assertEquals(429, answer.status(), "after " + sent + " requests");
        assertTrue(sent > 500, "the default is generous: " + sent);
        long retry = Long.parseLong(answer.headers().get("retry-after"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        assertTrue(
                answer.headers().get("content-type").startsWith("application/json"),
                answer.headers().toString());
        assertTrue(answer.body().contains("429") && answer.body().contains("请求过于频繁"), answer.body());
        assertEquals(404, RawHttp.get("127.0.0.78", url).status(), "another address is not throttled");
    }

    static int serial(String number) {
        return Integer.parseInt(number.substring(9));
    }

    int count(String district, String dayPrefix) throws Exception {
        try (Connection c = database(district);
                PreparedStatement s =
                        c.prepareStatement("select count(*) from matter where district_id = ? and number like ?")) {
            s.setString(1, district);
            s.setString(2, dayPrefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The first column of {@code sql}'s rows in both shards' databases. */
    static List<String> column(String sql, String param) throws Exception {
        List<String> values = new ArrayList<>();
        for (String db : List.of(ShardIT.MAIN_DB, ShardIT.S2_DB)) {
            try (Connection c = ShardIT.connect(db);
                    PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, param);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        values.add(r.getString(1));
                    }
                }
            }
        }
        return values;
    }

    /** The e2e stack's platform database (ops/app.sh --db streetgov_e2e on the local server): shard main. */
    static Connection database() throws Exception {
        return ShardIT.connect(ShardIT.MAIN_DB);
    }

    /**
     * The database holding the rows {@code districtOrSql} is about: Xicheng's are on the e2e stack's
     * second shard (RunningStack.DEMO_PLACEMENT), every other demo district's on main.
     */
    static Connection database(String districtOrSql) throws Exception {
        return ShardIT.connect(districtOrSql.contains("xicheng") ? ShardIT.S2_DB : ShardIT.MAIN_DB);
    }

    static String sha256(String value) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
