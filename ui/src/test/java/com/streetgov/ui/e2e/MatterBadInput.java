package com.streetgov.ui.e2e;

import static com.streetgov.ui.e2e.BadInput.chunked;
import static com.streetgov.ui.e2e.BadInput.filler;
import static com.streetgov.ui.e2e.BadInput.http;
import static com.streetgov.ui.e2e.BadInput.json;
import static com.streetgov.ui.e2e.BadInput.of;
import static com.streetgov.ui.e2e.BadInput.raw;
import static com.streetgov.ui.e2e.BadInput.utf8;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bad input for POST /api/matters: lengths at and over each column, types, NUL, structure, encodings, sizes, headers. */
final class MatterBadInput {

    static final String STAFF = "xicheng-staff";
    static final String MATTERS = "/api/matters";

    /** The intake fields, each with its column's size and a character that fits its pattern. */
    static final Map<String, Integer> LIMITS = new LinkedHashMap<>();

    static {
        LIMITS.put("title", 300);
        LIMITS.put("description", 4000);
        LIMITS.put("address", 300);
        LIMITS.put("street", 64);
        LIMITS.put("community", 64);
        LIMITS.put("grid", 64);
        LIMITS.put("category", 64);
        LIMITS.put("residentName", 100);
        LIMITS.put("residentPhone", 40);
        LIMITS.put("timeLimit", 32);
    }

    private MatterBadInput() {}

    /** A valid matter with some members replaced (a null value removes the member). */
    static String matter(Object... changes) {
        Map<String, Object> m = new LinkedHashMap<>(Map.of(
                "title", "路灯不亮",
                "description", "小区门口的路灯坏了三天",
                "street", "street-1",
                "residentPhone", "13800001111"));
        for (int i = 0; i < changes.length; i += 2) {
            m.put((String) changes[i], changes[i + 1]);
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        m.forEach((k, v) -> {
            if (v instanceof String s) {
                b.add(k, s);
            } else if (v instanceof Integer n) {
                b.add(k, n);
            } else if (v instanceof Boolean t) {
                b.add(k, t);
            } else if (v instanceof JsonValue j) {
                b.add(k, j);
            }
        });
        return b.build().toString();
    }

    static String text(String field, int length) {
        return (field.equals("residentPhone") ? "1" : "字").repeat(length);
    }

    static List<BadInput.Case> cases() {
        List<BadInput.Case> c = new ArrayList<>();
        for (var e : LIMITS.entrySet()) {
            String f = e.getKey();
            int max = e.getValue();
            c.add(of(
                    f + " one over its column (" + (max + 1) + ")",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, text(f, max + 1)))));
            c.add(of(
                    f + " ten times its column",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, text(f, 10 * max)))));
            String other = f.equals("description") ? "title" : "description";
            c.add(of(
                    f + " at its column is accepted (only " + other + " is named)",
                    400,
                    "\"violations\":[{\"field\":\"" + other + "\",\"message\":\"" + other
                            + (other.equals("title") ? "（标题）不能超过 300" : "（内容）不能超过 4000") + " 个字符\"}]",
                    json("POST", MATTERS, STAFF, matter(f, text(f, max), other, text(other, LIMITS.get(other) + 1)))));
            c.add(of(
                    f + " with NUL",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, "a\u0000b"))));
            c.add(of(f + " as a number", 400, "\"field\":\"" + f + "\"", json("POST", MATTERS, STAFF, matter(f, 42))));
            c.add(of(
                    f + " as an object",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, JsonValue.EMPTY_JSON_OBJECT))));
        }
        for (String f : List.of("title", "description", "address", "residentName")) {
            c.add(of(
                    f + " with an escape sequence (ESC)",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, "\u001b[31m红色"))));
            c.add(of(
                    f + " as an array",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, JsonValue.EMPTY_JSON_ARRAY))));
            c.add(of(
                    f + " as a boolean",
                    400,
                    "\"field\":\"" + f + "\"",
                    json("POST", MATTERS, STAFF, matter(f, true))));
        }
        c.add(of("title missing", 400, "\"field\":\"title\"", json("POST", MATTERS, STAFF, matter("title", null))));
        c.add(of("title blank", 400, "\"field\":\"title\"", json("POST", MATTERS, STAFF, matter("title", "   "))));
        c.add(of(
                "title JSON null",
                400,
                "\"field\":\"title\"",
                json("POST", MATTERS, STAFF, matter("title", JsonValue.NULL))));
        c.add(of(
                "description missing",
                400,
                "\"field\":\"description\"",
                json("POST", MATTERS, STAFF, matter("description", null))));
        c.add(of(
                "title of an unpaired high surrogate",
                400,
                "\"field\":\"title\"",
                json("POST", MATTERS, STAFF, "{\"title\":\"\\ud800\",\"description\":\"x\",\"street\":\"street-1\"}")));
        c.add(of(
                "description of an unpaired low surrogate",
                400,
                "\"field\":\"description\"",
                json(
                        "POST",
                        MATTERS,
                        STAFF,
                        "{\"title\":\"t\",\"description\":\"a\\udc00b\",\"street\":\"street-1\"}")));
        c.add(of(
                "phone with letters",
                400,
                "\"field\":\"residentPhone\"",
                json("POST", MATTERS, STAFF, matter("residentPhone", "call me maybe"))));
        c.add(of(
                "phone with markup",
                400,
                "\"field\":\"residentPhone\"",
                json("POST", MATTERS, STAFF, matter("residentPhone", "<script>alert(1)</script>"))));
        c.add(of("unknown time limit", 422, "办理时限", json("POST", MATTERS, STAFF, matter("timeLimit", "NOPE"))));
        c.add(of(
                "street that does not exist",
                422,
                "街道",
                json("POST", MATTERS, STAFF, matter("street", "nowhere-street"))));
        c.add(of(
                "several fields over at once, all named",
                400,
                "\"field\":\"address\"",
                json("POST", MATTERS, STAFF, matter("title", text("title", 301), "address", text("address", 404)))));
        c.add(of(
                "duplicate title member",
                400,
                "\"field\":\"title\"",
                json("POST", MATTERS, STAFF, "{\"title\":\"a\",\"title\":\"b\",\"description\":\"x\"}")));
        structure(c);
        encodingsSizesHeaders(c);
        return c;
    }

    private static void structure(List<BadInput.Case> c) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("blank body", "   \n ");
        bodies.put("JSON null", "null");
        bodies.put("top-level array", "[]");
        bodies.put("top-level string", "\"路灯不亮\"");
        bodies.put("top-level number", "42");
        bodies.put("top-level true", "true");
        bodies.put("two objects {}{}", "{}{}");
        bodies.put("object then garbage", matter() + " x");
        bodies.put("object then array", matter() + "[]");
        bodies.put("truncated object", "{\"title\": ");
        bodies.put("single quotes", "{'title':'路灯'}");
        bodies.put("trailing comma", "{\"title\":\"路灯\",}");
        bodies.put("comment", "/* c */" + matter());
        bodies.put("NaN", "{\"title\":NaN}");
        bodies.put("unquoted key", "{title:\"路灯\"}");
        bodies.put("nested 33 deep", "{\"x\":" + "[".repeat(32) + "]".repeat(32) + "}");
        bodies.put("nested 5,000 deep", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("nested 100,000 deep (unclosed)", "{\"x\":" + "[".repeat(100_000));
        bodies.put(
                "huge number in an unknown member, title missing",
                "{\"x\":1e999999999,\"n\":" + "9".repeat(100_000) + "}");
        bodies.put("byte order mark before the object", "\uFEFF" + matter());
        bodies.put("raw control character in a string", "{\"title\":\"a\u0001b\"}");
        bodies.put("NUL in a key", "{\"ti\\u0000tle\":\"x\"}");
        for (var b : bodies.entrySet()) {
            c.add(of(b.getKey(), 400, "\"error\":\"invalid", json("POST", MATTERS, STAFF, b.getValue())));
        }
    }

    private static void encodingsSizesHeaders(List<BadInput.Case> c) {
        String prefix = "{\"title\":\"";
        String suffix = "\",\"description\":\"x\",\"street\":\"street-1\"}";
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("a lone UTF-8 lead byte", new byte[] {(byte) 0xC3});
        bad.put("an overlong UTF-8 slash", new byte[] {(byte) 0xC0, (byte) 0xAF});
        bad.put("a UTF-8 encoded surrogate (CESU)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bad.put("0xFF bytes", new byte[] {(byte) 0xFF, (byte) 0xFE});
        bad.put("Latin-1 é", new byte[] {(byte) 0xE9});
        for (var b : bad.entrySet()) {
            byte[] body = concat(utf8(prefix), b.getValue(), utf8(suffix));
            c.add(of(
                    "invalid UTF-8: " + b.getKey(),
                    400,
                    "UTF-8",
                    http("POST", MATTERS, STAFF, body, "Content-Type", "application/json")));
        }
        c.add(of(
                "UTF-16 body",
                400,
                "UTF-8",
                http(
                        "POST",
                        MATTERS,
                        STAFF,
                        matter().getBytes(java.nio.charset.StandardCharsets.UTF_16),
                        "Content-Type",
                        "application/json")));
        int mib = 1 << 20;
        c.add(of(
                "1 MiB + 1 body",
                413,
                "body_too_large",
                http("POST", MATTERS, STAFF, new byte[mib + 1], "Content-Type", "application/json")));
        c.add(of(
                "1 MiB + 1 body, chunked",
                413,
                "body_too_large",
                chunked("POST", MATTERS, STAFF, () -> filler(mib + 1), "Content-Type", "application/json")));
        c.add(of(
                "20 MB body",
                413,
                "body_too_large",
                http("POST", MATTERS, STAFF, new byte[20_000_000], "Content-Type", "application/json")));
        c.add(of(
                "20 MB body, chunked",
                413,
                "body_too_large",
                chunked("POST", MATTERS, STAFF, () -> filler(20_000_000), "Content-Type", "application/json")));
        c.add(of(
                "exactly 1 MiB of blanks is read (and is no JSON)",
                400,
                "invalid_json",
                http("POST", MATTERS, STAFF, " ".repeat(mib).getBytes(), "Content-Type", "application/json")));
        String ok = matter();
        c.add(of("Content-Type missing", 415, "Content-Type", http("POST", MATTERS, STAFF, utf8(ok))));
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=ISO-8859-1",
                "application/json; charset=UTF-16",
                "*/*")) {
            c.add(of(
                    "Content-Type " + type,
                    415,
                    "Content-Type",
                    http("POST", MATTERS, STAFF, utf8(ok), "Content-Type", type)));
        }
        c.add(of(
                "Content-Type garbage",
                BadInput.ANY_4XX,
                "Content-Type",
                http("POST", MATTERS, STAFF, utf8(ok), "Content-Type", "garbage")));
        for (int n : List.of(101, 201, 1000)) {
            c.add(of(
                    "Idempotency-Key of " + n + " characters",
                    400,
                    "Idempotency-Key",
                    json("POST", MATTERS, STAFF, ok, "Idempotency-Key", "k".repeat(n))));
        }
        c.add(of(
                "Idempotency-Key blank",
                400,
                "Idempotency-Key",
                json("POST", MATTERS, STAFF, ok, "Idempotency-Key", "   ")));
        c.add(of(
                "Idempotency-Key twice",
                400,
                "Idempotency-Key",
                raw(
                        "POST /api/matters HTTP/1.1\r\nAuthorization: Bearer {token:" + STAFF + "}\r\n"
                                + "Content-Type: application/json\r\nIdempotency-Key: a\r\nIdempotency-Key: b\r\n",
                        utf8(ok))));
        c.add(of(
                "Idempotency-Key in UTF-8 (not ASCII)",
                400,
                BadInput.BY_HTTP_PARSER,
                raw(
                        "POST /api/matters HTTP/1.1\r\nAuthorization: Bearer {token:" + STAFF + "}\r\n"
                                + "Content-Type: application/json\r\nIdempotency-Key: 幂等键\r\n",
                        utf8(ok))));
        c.add(of(
                "Idempotency-Key with a tab",
                400,
                "Idempotency-Key",
                raw(
                        "POST /api/matters HTTP/1.1\r\nAuthorization: Bearer {token:" + STAFF + "}\r\n"
                                + "Content-Type: application/json\r\nIdempotency-Key: a\tb\r\n",
                        utf8(ok))));
        c.add(of(
                "Accept: text/html only",
                406,
                "Accept",
                json("POST", MATTERS, STAFF, matter("title", null), "Accept", "text/html")));
    }

    static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
