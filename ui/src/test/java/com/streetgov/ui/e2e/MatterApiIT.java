package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Intake over JSON (idempotent, bad input refused) and Open311 GeoReport v2, with a plain HTTP client. */
@ExtendWith(StackExtension.class)
class MatterApiIT {

    final RunningStack stack;
    final ApiClient api;

    MatterApiIT(RunningStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack);
    }

    static String dibao() {
        return """
                {"title":"申请低保","description":"我家老人退休金很低，家里生活困难，想问问怎么申请低保？",
                 "street":"street-1","residentName":"王女士","residentPhone":"13800001111"}""";
    }

    /**
     * Issue 11 item 3: the street by name, or else the clerk's own street; the answer names the units
     * as well as coding them, carries the router's suggestions, and gives times with their offset.
     */
    @Test
    void the_street_by_name_or_the_clerks_own_and_units_by_name_with_offset_times() throws Exception {
        String byName = """
                {"title":"路灯不亮","description":"小区门口的路灯坏了好几天，晚上很黑","street":"新街口街道"}""";
        HttpResponse<String> named = api.post("/api/matters", api.token("xicheng-admin"), byName, null);
        assertEquals(201, named.statusCode(), named.body());
        JsonObject view = (JsonObject) ApiClient.parse(named.body());
        assertEquals("street-2", view.getString("street"), "新街口街道 is street-2 in Xicheng's template");
        assertTrue(view.getString("receivedAt").endsWith("+08:00"), view.getString("receivedAt"));
        assertTrue(view.getString("dueAt").endsWith("+08:00"), view.getString("dueAt"));
        JsonArray suggestions = view.getJsonArray("suggestions");
        assertTrue(!suggestions.isEmpty() && suggestions.size() <= 3, suggestions.toString());
        JsonObject routing = view.getJsonObject("routing");
        assertEquals(
                suggestions.getJsonObject(0).getString("name"),
                routing.getString("leadUnitName"),
                "the first suggestion is the unit it went to");
        assertTrue(routing.getString("reason").contains(routing.getString("leadUnitName") + "牵头"), routing.toString());

        String nothing = """
                {"title":"路灯不亮","description":"小区门口的路灯坏了好几天，晚上很黑"}""";
        HttpResponse<String> own = api.post("/api/matters", api.token("luohu-staff"), nothing, null);
        assertEquals(201, own.statusCode(), own.body());
        JsonObject mine = (JsonObject) ApiClient.parse(own.body());
        assertEquals("nanhu", mine.getString("street"), "luohu-staff works at 南湖街道");
        assertTrue(mine.getJsonObject("routing").getString("reason").contains("按受理人员所在街道"), mine.toString());

        HttpResponse<String> nowhere = api.post("/api/matters", api.token("xicheng-admin"), nothing, null);
        assertEquals(422, nowhere.statusCode(), "a district admin has no street of their own: " + nowhere.body());

        String food = """
                {"title":"超市卖过期食品","description":"小区超市一直在卖过期食品，牛奶都变质了","street":"新街口街道"}""";
        HttpResponse<String> referred = api.post("/api/matters", api.token("xicheng-admin"), food, null);
        assertEquals(201, referred.statusCode(), referred.body());
        JsonObject market = (JsonObject) ApiClient.parse(referred.body());
        assertEquals("REFERRED", market.getString("state"), market.toString());
        assertEquals("qu-shijian", market.getJsonObject("referral").getString("department"));
        assertEquals("西城区市场监督管理局", market.getJsonObject("referral").getString("name"));
        for (String none : List.of("routing", "routingProblem")) {
            assertTrue(!market.containsKey(none) || market.isNull(none), market.toString());
        }
    }

    @Test
    void the_same_idempotency_key_twice_creates_one_matter_routed_to_the_unit_the_source_names() throws Exception {
        String token = api.token("xicheng-staff");
        String key = "it-" + UUID.randomUUID();
        HttpResponse<String> first = api.post("/api/matters", token, dibao(), key);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject created = (JsonObject) ApiClient.parse(first.body());
        HttpResponse<String> again = api.post("/api/matters", token, dibao(), key);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(created.getString("number"), ((JsonObject) ApiClient.parse(again.body())).getString("number"));

        JsonObject read = (JsonObject) ApiClient.parse(
                api.get("/api/matters/" + created.getString("number"), token).body());
        assertEquals("DISPATCHED", read.getString("state"));
        JsonObject routing = read.getJsonObject("routing");
        assertEquals("minsheng", routing.getString("leadUnit"));
        assertEquals("TEXT", routing.getString("rule"));
        assertTrue(routing.getString("reason").contains("民生保障办公室牵头"), routing.getString("reason"));
        assertEquals(2, read.getJsonArray("events").size(), "received, then dispatched");

        String other = api.post("/api/matters", token, dibao(), "it-" + UUID.randomUUID())
                .body();
        assertTrue(!((JsonObject) ApiClient.parse(other)).getString("number").equals(created.getString("number")));
    }

    @Test
    void concurrent_first_calls_with_one_key_still_create_one_matter() throws Exception {
        String token = api.token("xicheng-staff");
        String key = "race-" + UUID.randomUUID();
        var calls = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return api.post("/api/matters", token, dibao(), key);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        var responses =
                calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        var numbers = responses.stream()
                .peek(r -> assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.statusCode() + " " + r.body()))
                .map(r -> ((JsonObject) ApiClient.parse(r.body())).getString("number"))
                .distinct()
                .toList();
        assertEquals(1, numbers.size(), "one matter for one key: " + numbers);
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
    }

    @Test
    void a_malformed_or_incomplete_matter_is_refused_with_a_chinese_message_and_another_district_cannot_read_it()
            throws Exception {
        String token = api.token("xicheng-staff");
        HttpResponse<String> malformed = api.post("/api/matters", token, "{\"title\": ", null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("请求体不是有效的 JSON"), malformed.body());
        HttpResponse<String> incomplete = api.post("/api/matters", token, "{\"title\":\"路灯\"}", null);
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("请填写诉求标题和内容"), incomplete.body());

        String number = ((JsonObject) ApiClient.parse(
                        api.post("/api/matters", token, dibao(), null).body()))
                .getString("number");
        HttpResponse<String> foreign = api.get("/api/matters/" + number, api.token("luohu-staff"));
        assertEquals(404, foreign.statusCode(), "a Luohu user does not see a Xicheng matter");
    }

    @Test
    void an_open311_client_lists_services_posts_a_request_and_reads_it_back() throws Exception {
        HttpResponse<String> services = api.get("/api/open311/v2/services.json?jurisdiction_id=xicheng", null);
        assertEquals(200, services.statusCode(), services.body());
        JsonArray list = (JsonArray) ApiClient.parse(services.body());
        assertEquals(122, list.size());
        assertTrue(list.stream().map(JsonObject.class::cast).anyMatch(s -> s.getString("service_code")
                .equals("XC-MS-004")));

        String form = "jurisdiction_id=xicheng&api_key=demo-open311-xicheng&service_code=XC-MS-004"
                + "&description=" + enc("想申请公租房，住房保障需要准备哪些材料") + "&attribute%5Bstreet%5D=street-2"
                + "&first_name=" + enc("先生") + "&last_name=" + enc("李");
        HttpResponse<String> posted = api.postForm("/api/open311/v2/requests.json", form);
        assertEquals(201, posted.statusCode(), posted.body());
        String id =
                ((JsonArray) ApiClient.parse(posted.body())).getJsonObject(0).getString("service_request_id");

        HttpResponse<String> read = api.get("/api/open311/v2/requests/" + id + ".json?jurisdiction_id=xicheng", null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject request = ((JsonArray) ApiClient.parse(read.body())).getJsonObject(0);
        for (String time : java.util.List.of("requested_datetime", "updated_datetime", "expected_datetime")) {
            assertTrue(request.getString(time).endsWith("+08:00"), time + " with its offset: " + request);
        }
        assertEquals("open", request.getString("status"));
        assertEquals("民生保障办公室", request.getString("agency_responsible"));
        assertEquals("XC-MS-004", request.getString("service_code"));

        assertEquals(
                403,
                api.postForm("/api/open311/v2/requests.json", form.replace("demo-open311-xicheng", "wrong"))
                        .statusCode());
        assertEquals(
                404,
                api.get("/api/open311/v2/requests/" + id + ".json?jurisdiction_id=luohu", null)
                        .statusCode());
        assertEquals(
                404,
                api.get("/api/open311/v2/services.json?jurisdiction_id=nowhere", null)
                        .statusCode());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
