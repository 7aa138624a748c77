package com.streetgov.ui.e2e;

import static com.streetgov.ui.e2e.BadInput.ANY_4XX;
import static com.streetgov.ui.e2e.BadInput.chunked;
import static com.streetgov.ui.e2e.BadInput.filler;
import static com.streetgov.ui.e2e.BadInput.get;
import static com.streetgov.ui.e2e.BadInput.http;
import static com.streetgov.ui.e2e.BadInput.json;
import static com.streetgov.ui.e2e.BadInput.of;
import static com.streetgov.ui.e2e.BadInput.raw;
import static com.streetgov.ui.e2e.BadInput.utf8;
import static com.streetgov.ui.e2e.MatterBadInput.STAFF;
import static com.streetgov.ui.e2e.MatterBadInput.matter;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input for every other endpoint: ratings, the reform model, me, districts, streets (callers,
 * methods, path junk, Accept) and a vendor token on district endpoints. {@code {n}} in a path is the
 * number of a real matter of the staff's district.
 */
final class EndpointBadInput {

    static final String ADMIN = "xicheng-admin";
    static final String VENDOR = "vendor";
    static final String LUOHU = "luohu-staff";

    private EndpointBadInput() {}

    /** A call whose path names the corpus's matter. */
    static BadInput.Call onMatter(String method, String pathWithN, String user, String body) {
        return ctx -> (body == null
                        ? http(method, pathWithN.replace("{n}", ctx.matter()), user, null)
                        : json(method, pathWithN.replace("{n}", ctx.matter()), user, body))
                .send(ctx);
    }

    static List<BadInput.Case> cases() {
        List<BadInput.Case> c = new ArrayList<>();
        String rating = "/api/matters/{n}/rating";
        c.add(of("rating: empty object", 400, "rating", onMatter("POST", rating, STAFF, "{}")));
        c.add(of("rating: a number", 400, "\"field\":\"rating\"", onMatter("POST", rating, STAFF, "{\"rating\":5}")));
        c.add(of("rating: unknown value", 400, "rating", onMatter("POST", rating, STAFF, "{\"rating\":\"GREAT\"}")));
        c.add(of(
                "rating: NUL",
                400,
                "\"field\":\"rating\"",
                onMatter("POST", rating, STAFF, "{\"rating\":\"SATIS\\u0000FIED\"}")));
        c.add(of(
                "rating: before any answer",
                ANY_4XX,
                "\"error\"",
                onMatter("POST", rating, STAFF, "{\"rating\":\"SATISFIED\"}")));
        c.add(of("rating: {}{}", 400, "invalid_json", onMatter("POST", rating, STAFF, "{}{}")));
        c.add(of(
                "rating: nested 5,000 deep",
                400,
                "invalid_json",
                onMatter("POST", rating, STAFF, "[".repeat(5000) + "]".repeat(5000))));
        c.add(of(
                "rating: of a matter that does not exist",
                ANY_4XX,
                "\"error\"",
                json("POST", "/api/matters/20990101-999999/rating", STAFF, "{\"rating\":\"SATISFIED\"}")));
        c.add(of("rating: 1 MiB + 1, chunked", 413, "body_too_large", ctx -> chunked(
                        "POST",
                        "/api/matters/" + ctx.matter() + "/rating",
                        STAFF,
                        () -> filler((1 << 20) + 1),
                        "Content-Type",
                        "application/json")
                .send(ctx)));
        c.add(of("rating: text/plain", 415, "Content-Type", ctx -> http(
                        "POST",
                        "/api/matters/" + ctx.matter() + "/rating",
                        STAFF,
                        utf8("{\"rating\":\"SATISFIED\"}"),
                        "Content-Type",
                        "text/plain")
                .send(ctx)));
        c.add(of("matter number with NUL", 400, BadInput.BY_HTTP_PARSER, get("/api/matters/2026%00", STAFF)));
        c.add(of(
                "matter number of 2,000 characters", 404, "not_found", get("/api/matters/" + "9".repeat(2000), STAFF)));
        c.add(of("matter number with SQL", 404, "not_found", get("/api/matters/1'%20or%20'1'='1", STAFF)));
        c.add(of(
                "matter number with a right-to-left override",
                404,
                "not_found",
                get("/api/matters/%E2%80%AE123", STAFF)));
        c.add(of(
                "matter number with invalid UTF-8 escape",
                400,
                BadInput.BY_HTTP_PARSER,
                raw(
                        "GET /api/matters/%C3%28 HTTP/1.1\r\nAuthorization: Bearer {token:" + STAFF + "}\r\n",
                        new byte[0])));
        c.add(of(
                "encoded dot segments under /api",
                ANY_4XX,
                "\"error\"",
                raw(
                        "GET /api/streets/%2e%2e/%2e%2e/VAADIN HTTP/1.1\r\nAuthorization: Bearer {token:" + STAFF
                                + "}\r\n",
                        new byte[0])));
        c.add(of("a double-encoded path", 400, "invalid_uri", get("/api/matters/%252e%252e", STAFF)));
        c.add(of("path below a matter", 404, "not_found", onMatter("GET", "/api/matters/{n}/x/y", STAFF, null)));
        c.add(of("unknown API path", 404, "not_found", get("/api/nothing-here", STAFF)));
        c.add(of(
                "encoded slashes and dot segments",
                400,
                "invalid_uri",
                get("/api/%E2%98%83/..%2F..%2Fetc%2Fpasswd", STAFF)));
        c.add(of(
                "street id in the path with NUL",
                400,
                BadInput.BY_HTTP_PARSER,
                get("/api/streets/street-1%00", STAFF)));
        c.add(of(
                "district id in the path with NUL",
                400,
                BadInput.BY_HTTP_PARSER,
                get("/api/districts/xi%00cheng", STAFF)));
        c.add(of("query with NUL", 400, "控制字符", get("/api/streets?x=%00", STAFF)));
        c.add(of("street of 5,000 characters", 404, "not_found", get("/api/streets/" + "s".repeat(5000), STAFF)));
        c.add(of("district of 5,000 characters", 404, "not_found", get("/api/districts/" + "d".repeat(5000), STAFF)));
        c.add(of("district id in capitals", 404, "not_found", get("/api/districts/XICHENG", STAFF)));

        methods(c);
        callers(c);
        reformModel(c);
        return c;
    }

    private static void methods(List<BadInput.Case> c) {
        String ok = matter();
        c.add(of("GET /api/matters", 405, "method_not_allowed", get("/api/matters", STAFF)));
        c.add(of("PATCH /api/matters", 405, "method_not_allowed", json("PATCH", "/api/matters", STAFF, ok)));
        c.add(of("DELETE a matter", 405, "method_not_allowed", onMatter("DELETE", "/api/matters/{n}", STAFF, null)));
        c.add(of("PUT a matter", 405, "method_not_allowed", onMatter("PUT", "/api/matters/{n}", STAFF, ok)));
        c.add(of("GET a rating", 405, "method_not_allowed", onMatter("GET", "/api/matters/{n}/rating", STAFF, null)));
        c.add(of("POST /api/me", 405, "method_not_allowed", json("POST", "/api/me", STAFF, "{}")));
        c.add(of("DELETE /api/me", 405, "method_not_allowed", http("DELETE", "/api/me", STAFF, null)));
        c.add(of("POST /api/districts", 405, "method_not_allowed", json("POST", "/api/districts", VENDOR, "{}")));
        // the vendor's onboarding API (issue 15): refusals say every problem, nothing is created
        c.add(of("onboarding: empty object", 422, "请填写区名称", json("POST", "/api/vendor/districts", VENDOR, "{}")));
        c.add(of(
                "onboarding: unknown template",
                422,
                "没有模板“nowhere”",
                json("POST", "/api/vendor/districts", VENDOR, "{\"template\":\"nowhere\",\"id\":\"x1\"}")));
        c.add(of(
                "onboarding: id as a number",
                400,
                "\"field\":\"id\"",
                json("POST", "/api/vendor/districts", VENDOR, "{\"template\":\"luohu\",\"id\":7}")));
        c.add(of(
                "onboarding: a district's admin",
                403,
                "forbidden",
                json("POST", "/api/vendor/districts", ADMIN, "{\"template\":\"luohu\"}")));
        c.add(of(
                "DELETE a district", 405, "method_not_allowed", http("DELETE", "/api/districts/xicheng", ADMIN, null)));
        c.add(of("PUT /api/streets", 405, "method_not_allowed", json("PUT", "/api/streets", ADMIN, "[]")));
        c.add(of("POST a street", 405, "method_not_allowed", json("POST", "/api/streets/street-1", ADMIN, "{}")));
        c.add(of(
                "DELETE /api/reform-model",
                405,
                "method_not_allowed",
                http("DELETE", "/api/reform-model", ADMIN, null)));
        c.add(of("POST /api/reform-model", 405, "method_not_allowed", json("POST", "/api/reform-model", ADMIN, "{}")));
        c.add(of("GET /api/me, Accept: text/html only", 406, "Accept", get("/api/me", STAFF, "Accept", "text/html")));
        c.add(of(
                "GET /api/streets, Accept: application/xml",
                406,
                "Accept",
                get("/api/streets", STAFF, "Accept", "application/xml")));
    }

    private static void callers(List<BadInput.Case> c) {
        for (String path : List.of("/api/streets", "/api/streets/street-1", "/api/reform-model")) {
            c.add(of("vendor token on GET " + path, 403, "forbidden", get(path, VENDOR)));
        }
        c.add(of("vendor token on a matter", 403, "forbidden", onMatter("GET", "/api/matters/{n}", VENDOR, null)));
        c.add(of(
                "vendor token on POST /api/matters", 403, "forbidden", json("POST", "/api/matters", VENDOR, matter())));
        c.add(of(
                "vendor token on a rating",
                403,
                "forbidden",
                onMatter("POST", "/api/matters/{n}/rating", VENDOR, "{\"rating\":\"SATISFIED\"}")));
        c.add(of(
                "vendor token on PUT /api/reform-model",
                403,
                "forbidden",
                json("PUT", "/api/reform-model", VENDOR, "{}")));
        c.add(of("no token on /api/me", 401, "unauthorized", get("/api/me", null)));
        c.add(of("no token on POST /api/matters", 401, "unauthorized", json("POST", "/api/matters", null, matter())));
        c.add(of("a garbage bearer token", 401, "unauthorized", get("/api/me", null, "Authorization", "Bearer x.y.z")));
        c.add(of("staff lists all districts", 403, "forbidden", get("/api/districts", STAFF)));
        c.add(of("Luohu staff reads Xicheng", 403, "forbidden", get("/api/districts/xicheng", LUOHU)));
    }

    private static void reformModel(List<BadInput.Case> c) {
        String path = "/api/reform-model?reason=corpus";
        c.add(of("model: empty body", 400, "invalid_json", json("PUT", path, ADMIN, "")));
        c.add(of("model: an empty object", 400, "invalid_file", json("PUT", path, ADMIN, "{}")));
        c.add(of("model: an array", 400, "invalid", json("PUT", path, ADMIN, "[]")));
        c.add(of("model: {}{}", 400, "invalid_json", json("PUT", path, ADMIN, "{}{}")));
        c.add(of(
                "model: nested 5,000 deep",
                400,
                "invalid_json",
                json("PUT", path, ADMIN, "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}")));
        c.add(of("model: NUL in a string", 400, "NUL", json("PUT", path, ADMIN, "{\"format\":\"a\\u0000\"}")));
        c.add(of(
                "model: invalid UTF-8",
                400,
                "UTF-8",
                http(
                        "PUT",
                        path,
                        ADMIN,
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
                        "Content-Type",
                        "application/json")));
        c.add(of(
                "model: text/plain",
                415,
                "Content-Type",
                http("PUT", path, ADMIN, utf8("{}"), "Content-Type", "text/plain")));
        c.add(of(
                "model: 4 MiB + 1",
                413,
                "body_too_large",
                http("PUT", path, ADMIN, new byte[(4 << 20) + 1], "Content-Type", "application/json")));
        c.add(of(
                "model: 20 MB chunked",
                413,
                "body_too_large",
                chunked("PUT", path, ADMIN, () -> filler(20_000_000), "Content-Type", "application/json")));
        c.add(of("model: by street staff", 403, "forbidden", json("PUT", path, STAFF, "{}")));
        c.add(of("model: reason with NUL", 400, "控制字符", json("PUT", "/api/reform-model?reason=%00", ADMIN, "{}")));
    }
}
