package com.streetgov.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus (issue 9): every REST and Open311 endpoint fed lengths at and over each column,
 * wrong types, deep nesting, broken encodings, oversized bodies, bad headers, wrong methods and path
 * junk. Each answer must be a 4xx (never ≥ 500) with a JSON body naming the problem or field and free
 * of internals; and the whole corpus must leave every table's row count unchanged. Failing cases are
 * reported together, by name.
 */
@ExtendWith(StackExtension.class)
class BadInputIT {

    /** Internals an answer must never show: exception and class names, SQL, libraries, versions. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|exception|\\borg\\.|\\bjava\\.|\\bjakarta\\.|\\bcom\\.streetgov|SQL|\\bselect |\\binsert "
                    + "|Payara|payara|Grizzly|Jersey|EclipseLink|PostgreSQL|postgres|Hibernate|Parsson|Yasson"
                    + "|\\tat |\\d+\\.\\d+\\.\\d+");

    final RunningStack stack;
    final ApiClient api;

    BadInputIT(RunningStack stack) {
        this.stack = stack;
        this.api = new ApiClient(stack);
    }

    @Test
    void every_bad_input_gets_a_clear_4xx_naming_the_problem_and_changes_no_row() throws Exception {
        Map<String, String> tokens = new TreeMap<>();
        for (String user : List.of(
                MatterBadInput.STAFF, EndpointBadInput.ADMIN, EndpointBadInput.VENDOR, EndpointBadInput.LUOHU)) {
            tokens.put(user, api.token(user));
        }
        String key = "corpus-" + UUID.randomUUID();
        HttpResponse<String> first =
                api.post("/api/matters", tokens.get(MatterBadInput.STAFF), MatterBadInput.matter(), key);
        assertEquals(201, first.statusCode(), first.body());
        String number = ((JsonObject) ApiClient.parse(first.body())).getString("number");
        BadInput.Ctx ctx =
                new BadInput.Ctx(stack.appUrl(), URI.create(stack.appUrl()).getPort(), tokens, number);

        List<BadInput.Case> corpus = new ArrayList<>();
        // Numbers count per district: one of Xicheng's that Luohu has not (now) got, so the case does not
        // depend on how many matters other tests took in for Luohu today.
        corpus.add(BadInput.of(
                "another district's matter",
                404,
                "not_found",
                BadInput.get("/api/matters/" + numberLuohuLacks(), EndpointBadInput.LUOHU)));
        corpus.addAll(MatterBadInput.cases());
        corpus.addAll(EndpointBadInput.cases());
        corpus.addAll(Open311BadInput.cases());
        corpus.addAll(ResidentBadInput.cases());
        corpus.add(BadInput.of(
                "the matter's Idempotency-Key with another body",
                422,
                "Idempotency-Key",
                BadInput.json(
                        "POST",
                        "/api/matters",
                        MatterBadInput.STAFF,
                        MatterBadInput.matter("title", "另一件事"),
                        "Idempotency-Key",
                        key)));
        assertTrue(corpus.size() >= 150, "the corpus has " + corpus.size() + " cases");
        assertEquals(
                corpus.size(),
                corpus.stream().map(BadInput.Case::name).distinct().count(),
                "unique names");

        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        for (BadInput.Case c : corpus) {
            BadInput.Reply reply;
            try {
                reply = c.call().send(ctx);
            } catch (Exception e) {
                failures.add(c.name() + ": the call failed: " + e);
                continue;
            }
            String problem = judge(c, reply);
            if (problem != null) {
                String body = reply.body().length() > 300 ? reply.body().substring(0, 300) + "…" : reply.body();
                failures.add(c.name() + ": " + problem + " — " + reply.status() + " " + body);
            }
        }
        Map<String, Long> after = rowCounts();
        System.out.println("[BadInputIT] " + corpus.size() + " cases, " + failures.size() + " failing");
        if (!before.equals(after)) {
            failures.add("the corpus changed row counts: before " + before + ", after " + after);
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failures in " + corpus.size() + " cases:\n" + String.join("\n", failures));

        HttpResponse<String> again =
                api.post("/api/matters", tokens.get(MatterBadInput.STAFF), MatterBadInput.matter(), key);
        assertEquals(200, again.statusCode(), "the same key with the same body still returns the first matter");
        assertEquals(number, ((JsonObject) ApiClient.parse(again.body())).getString("number"));
    }

    /** Why the reply fails the case, or null when it passes. */
    static String judge(BadInput.Case c, BadInput.Reply reply) {
        int s = reply.status();
        if (s < 400 || s >= 500) {
            return "expected a 4xx";
        }
        if (c.status() != BadInput.ANY_4XX && s != c.status()) {
            return "expected " + c.status();
        }
        if (c.names() == BadInput.BY_HTTP_PARSER) {
            return reply.body().isBlank() ? null : "expected the HTTP parser's bare answer";
        }
        if (c.page()) {
            if (!reply.body().startsWith("<!DOCTYPE html>")) {
                return "the body is not the residents' page";
            }
        } else {
            try {
                ApiClient.parse(reply.body());
            } catch (RuntimeException e) {
                return "the body is not JSON";
            }
        }
        if (!reply.body().contains(c.names())) {
            return "the body does not name " + c.names();
        }
        // A page is judged by what it says, not by its style sheet (CSS names the select element).
        String said = c.page()
                ? reply.body().replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ")
                : reply.body();
        var leak = LEAK.matcher(said);
        if (leak.find()) {
            return "the body shows internals (" + leak.group() + ")";
        }
        return null;
    }

    /** A number of one of Xicheng's matters (shard s2) that no matter of Luohu's (main) has. */
    static String numberLuohuLacks() throws Exception {
        Set<String> luohu = new HashSet<>();
        try (Connection db = ShardIT.connect(ShardIT.MAIN_DB);
                ResultSet r =
                        db.createStatement().executeQuery("select number from matter where district_id = 'luohu'")) {
            while (r.next()) {
                luohu.add(r.getString(1));
            }
        }
        try (Connection db = ShardIT.connect(ShardIT.S2_DB);
                ResultSet r = db.createStatement()
                        .executeQuery("select number from matter where district_id = 'xicheng' order by number desc")) {
            while (r.next()) {
                if (!luohu.contains(r.getString(1))) {
                    return r.getString(1);
                }
            }
        }
        throw new IllegalStateException("every number of Xicheng's is also one of Luohu's");
    }

    /** Rows per table of the e2e databases, both shards (as the superuser, so nothing is hidden). */
    static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : List.of("streetgov_e2e", "streetgov_e2e_s2")) {
            try (Connection db = ShardIT.connect(database);
                    ResultSet tables = db.createStatement()
                            .executeQuery(
                                    "select table_name from information_schema.tables where table_schema = 'public'"
                                            + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString(1));
                }
                for (String table : names) {
                    try (ResultSet n = db.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                        n.next();
                        counts.put(database + "." + table, n.getLong(1));
                    }
                }
            }
        }
        assertTrue(
                counts.containsKey("streetgov_e2e_s2.matter") && counts.containsKey("streetgov_e2e.matter_event"),
                counts.toString());
        return counts;
    }
}
