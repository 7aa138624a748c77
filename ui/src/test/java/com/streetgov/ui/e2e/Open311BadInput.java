package com.streetgov.ui.e2e;

import static com.streetgov.ui.e2e.BadInput.ANY_4XX;
import static com.streetgov.ui.e2e.BadInput.chunked;
import static com.streetgov.ui.e2e.BadInput.filler;
import static com.streetgov.ui.e2e.BadInput.form;
import static com.streetgov.ui.e2e.BadInput.get;
import static com.streetgov.ui.e2e.BadInput.http;
import static com.streetgov.ui.e2e.BadInput.of;
import static com.streetgov.ui.e2e.BadInput.raw;
import static com.streetgov.ui.e2e.BadInput.utf8;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bad input for Open311 GeoReport v2, all without a login: discovery, services (list and definition),
 * requests (post, list and filters, one), tokens and the rating extension, in JSON (XML errors are
 * checked by {@link Open311ConformanceIT}).
 */
final class Open311BadInput {

    static final String BASE = "/api/open311/v2/";

    /** The client key the seed gives Xicheng's Open311 clients. */
    static final String KEY = "demo-open311-xicheng"; // the demo client key of 西城区 (DD021)

    private Open311BadInput() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A valid request form with one parameter replaced (or appended). */
    static String request(String name, String value) {
        StringBuilder f = new StringBuilder();
        String[][] params = {
            {"jurisdiction_id", "xicheng"},
            {"api_key", KEY},
            {"service_code", "XC-MS-004"},
            {"description", "想申请公租房，需要准备哪些材料"},
            {"attribute[street]", "street-2"},
            {"phone", "13800001111"}
        };
        boolean replaced = false;
        for (String[] p : params) {
            String v = p[0].equals(name) ? value : p[1];
            replaced |= p[0].equals(name);
            if (v != null) {
                f.append(f.isEmpty() ? "" : "&").append(enc(p[0])).append('=').append(v);
            }
        }
        if (!replaced) {
            f.append('&').append(enc(name)).append('=').append(value);
        }
        return f.toString();
    }

    static List<BadInput.Case> cases() {
        List<BadInput.Case> c = new ArrayList<>();
        String post = BASE + "requests.json";
        Object[][] fields = {
            {"description", 4000, "description"},
            {"address_string", 300, "address_string"},
            {"phone", 40, "phone"},
            {"first_name", 100, "first_name"},
            {"service_code", 64, "service_code"},
            {"attribute[street]", 64, "attribute[street]"}
        };
        for (Object[] f : fields) {
            String name = (String) f[0];
            int max = (Integer) f[1];
            String filler = name.equals("phone") ? "1" : "字";
            c.add(of(
                    "open311 " + name + " one over (" + (max + 1) + ")",
                    400,
                    (String) f[2],
                    form(post, request(name, enc(filler.repeat(max + 1))))));
            c.add(of("open311 " + name + " with NUL", 400, (String) f[2], form(post, request(name, "a%00b"))));
            c.add(of("open311 " + name + " with invalid UTF-8", 400, "UTF-8", form(post, request(name, "a%C3b"))));
        }
        c.add(of("open311 phone with letters", 400, "phone", form(post, request("phone", "call+me"))));
        c.add(of("open311 description missing", 400, "description", form(post, request("description", null))));
        c.add(of("open311 service_code missing", 400, "service_code", form(post, request("service_code", null))));
        c.add(of("open311 broken percent escape", 400, "UTF-8", form(post, request("description", "50%zz"))));
        c.add(of("open311 truncated percent escape", 400, "UTF-8", form(post, request("description", "a%2"))));
        c.add(of("open311 without api_key", ANY_4XX, "description", form(post, request("api_key", null))));
        c.add(of("open311 wrong api_key", ANY_4XX, "description", form(post, request("api_key", "guess"))));
        c.add(of(
                "open311 api_key of 10,000 characters",
                ANY_4XX,
                "description",
                form(post, request("api_key", "k".repeat(10_000)))));
        c.add(of("open311 jurisdiction missing", ANY_4XX, "description", form(post, request("jurisdiction_id", null))));
        c.add(of(
                "open311 jurisdiction with NUL",
                ANY_4XX,
                "description",
                form(post, request("jurisdiction_id", "xi%00cheng"))));
        c.add(of(
                "open311 unknown jurisdiction",
                ANY_4XX,
                "description",
                form(post, request("jurisdiction_id", "atlantis"))));
        c.add(of(
                "open311 as JSON",
                415,
                "Content-Type",
                http("POST", post, null, utf8("{\"service_code\":\"x\"}"), "Content-Type", "application/json")));
        c.add(of(
                "open311 without Content-Type",
                415,
                "Content-Type",
                http("POST", post, null, utf8(request("x", "y")))));
        c.add(of(
                "open311 form in Latin-1",
                415,
                "Content-Type",
                http(
                        "POST",
                        post,
                        null,
                        utf8(request("x", "y")),
                        "Content-Type",
                        "application/x-www-form-urlencoded; charset=ISO-8859-1")));
        c.add(of(
                "open311 1 MiB + 1",
                413,
                "description",
                http(
                        "POST",
                        post,
                        null,
                        new byte[(1 << 20) + 1],
                        "Content-Type",
                        "application/x-www-form-urlencoded")));
        c.add(of(
                "open311 20 MB chunked",
                413,
                "description",
                chunked(
                        "POST",
                        post,
                        null,
                        () -> filler(20_000_000),
                        "Content-Type",
                        "application/x-www-form-urlencoded")));
        c.add(of(
                "open311 raw invalid UTF-8 bytes in the form",
                400,
                "UTF-8",
                raw(
                        "POST " + post + " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                        MatterBadInput.concat(utf8(request("description", "")), new byte[] {(byte) 0xFF}))));

        String services = BASE + "services.json";
        c.add(of("services without jurisdiction", ANY_4XX, "description", get(services, null)));
        c.add(of(
                "services of an unknown jurisdiction",
                ANY_4XX,
                "description",
                get(services + "?jurisdiction_id=nowhere", null)));
        c.add(of(
                "services of a jurisdiction of 1,000 characters",
                ANY_4XX,
                "description",
                get(services + "?jurisdiction_id=" + "x".repeat(1000), null)));
        c.add(of(
                "services with NUL in jurisdiction",
                400,
                "description",
                get(services + "?jurisdiction_id=x%00", null)));
        c.add(of(
                "services with SQL in jurisdiction",
                ANY_4XX,
                "description",
                get(services + "?jurisdiction_id=" + enc("x' or '1'='1"), null)));
        c.add(of(
                "services by POST",
                405,
                "description",
                http("POST", services, null, utf8("a=b"), "Content-Type", "application/x-www-form-urlencoded")));
        c.add(of(
                "services as XML only",
                406,
                "description",
                get(services + "?jurisdiction_id=xicheng", null, "Accept", "application/xml")));

        String one = BASE + "requests/";
        c.add(of("request without jurisdiction", ANY_4XX, "description", get(one + "20261129-000001.json", null)));
        c.add(of(
                "request that does not exist",
                ANY_4XX,
                "description",
                get(one + "20990101-999999.json?jurisdiction_id=xicheng", null)));
        c.add(of(
                "request id with NUL",
                400,
                BadInput.BY_HTTP_PARSER,
                get(one + "x%00.json?jurisdiction_id=xicheng", null)));
        c.add(of(
                "request id of 5,000 characters",
                ANY_4XX,
                "description",
                get(one + "9".repeat(5000) + ".json?jurisdiction_id=xicheng", null)));
        c.add(of(
                "request id with SQL",
                ANY_4XX,
                "description",
                get(one + enc("1' or '1'='1") + ".json?jurisdiction_id=xicheng", null)));
        c.add(of(
                "request id with invalid UTF-8",
                400,
                BadInput.BY_HTTP_PARSER,
                raw("GET " + one + "%C3.json?jurisdiction_id=xicheng HTTP/1.1\r\n", new byte[0])));
        c.add(of(
                "requests list without jurisdiction or key",
                ANY_4XX,
                "description",
                get(BASE + "requests.json", null)));
        c.add(of(
                "requests list without a key",
                403,
                "api_key",
                get(BASE + "requests.json?jurisdiction_id=xicheng", null)));
        c.add(of(
                "request deleted",
                405,
                "description",
                http("DELETE", one + "20261129-000001.json?jurisdiction_id=xicheng", null, null)));
        c.add(of(
                "request in an unknown format",
                404,
                "description",
                get(one + "20261129-000001.csv?jurisdiction_id=xicheng", null)));
        c.add(of("unknown Open311 path", 404, "description", get(BASE + "nothing.json", null)));
        c.add(of("services in an unknown format", 404, "description", get(BASE + "services.csv", null)));
        c.add(of(
                "definition of an unknown service",
                404,
                "description",
                get(BASE + "services/NO-SUCH.json?jurisdiction_id=xicheng", null)));
        c.add(of(
                "definition without jurisdiction",
                ANY_4XX,
                "description",
                get(BASE + "services/XC-MS-004.json", null)));
        c.add(of(
                "discovery by POST",
                405,
                "description",
                http(
                        "POST",
                        BASE + "discovery.json",
                        null,
                        utf8("a=b"),
                        "Content-Type",
                        "application/x-www-form-urlencoded")));
        String list = BASE + "requests.json?jurisdiction_id=xicheng&api_key=" + KEY;
        c.add(of(
                "requests list with a broken start_date",
                400,
                "start_date",
                get(list + "&start_date=yesterday", null)));
        c.add(of(
                "requests list with end_date before start_date",
                400,
                "start_date",
                get(list + "&start_date=2026-11-05&end_date=2026-11-01", null)));
        c.add(of(
                "requests list over more than 90 days",
                400,
                "start_date",
                get(list + "&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", null)));
        c.add(of("requests list with an unknown status", 400, "status", get(list + "&status=open,lost", null)));
        c.add(of(
                "requests list naming too many ids",
                400,
                "service_request_id",
                get(list + "&service_request_id=" + "1,".repeat(101), null)));
        c.add(of("open311 lat not a number", 400, "lat", form(post, request("lat", "north"))));
        c.add(of("open311 long out of range", 400, "long", form(post, request("long", "181"))));
        c.add(of("open311 lat NaN", 400, "lat", form(post, request("lat", "NaN"))));
        c.add(of(
                "token lookup (no tokens are handed out)",
                404,
                "description",
                get(BASE + "tokens/abc.json?jurisdiction_id=xicheng", null)));
        String rating = one + "o311_" + "A".repeat(43) + "/rating.json";
        c.add(of("rating without a rating", 400, "rating", form(rating, "jurisdiction_id=xicheng")));
        c.add(of("rating unknown value", 400, "rating", form(rating, "jurisdiction_id=xicheng&rating=GREAT")));
        c.add(of(
                "rating with resolved not a boolean",
                400,
                "resolved",
                form(rating, "jurisdiction_id=xicheng&rating=SATISFIED&resolved=maybe")));
        c.add(of(
                "rating with NUL",
                ANY_4XX,
                "description",
                form(rating, "jurisdiction_id=xicheng&rating=SATIS%00FIED")));
        c.add(of(
                "rating of an unknown id",
                404,
                "description",
                form(rating, "jurisdiction_id=xicheng&rating=SATISFIED")));
        c.add(of(
                "rating in an unknown district",
                404,
                "description",
                form(rating, "jurisdiction_id=atlantis&rating=SATISFIED")));
        c.add(of(
                "rating id of 5,000 characters",
                ANY_4XX,
                "description",
                form(one + "9".repeat(5000) + "/rating.json", "jurisdiction_id=xicheng&rating=SATISFIED")));
        return c;
    }
}
