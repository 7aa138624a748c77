import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboards on a streaming-replication standby (issue 15 item 3, DD040), run by ops/fault/run.sh
 * against its stack: the application reads its figures ({@code GET /api/results}) from the private
 * cluster's hot standby on FAULT_STANDBY_PORT, at most 8 s behind (STREETGOV_STANDBY_MAX_LAG_MILLIS).
 *
 * <p>A return visit is written on the primary and the running period's count read: with the standby
 * streaming it appears there; with the standby's replay paused a second one does not (the figures are
 * the standby's, the lag is shown and grows); once the lag passes the limit the figures come from the
 * primary and include it; replay resumed, the standby is read again; the standby stopped, every read is
 * answered from the primary, none fails.
 *
 * <p>Compiled with StackClient.java by run.sh. Environment: FAULT_APP, FAULT_KC (from run.sh), FAULT_PG_PORT, FAULT_STANDBY_PORT. Prints the
 * figures; exits 1 if a check fails.
 */
public class StandbyCheck {

    static final String APP = System.getenv("FAULT_APP");
    static final String KC = System.getenv("FAULT_KC");
    static final String PRIMARY = System.getenv().getOrDefault("FAULT_PG_PORT", "31432");
    static final String STANDBY = System.getenv().getOrDefault("FAULT_STANDBY_PORT", "31433");
    static final String RUN = "standby-" + Long.toString(System.currentTimeMillis(), 36);
    static final HttpClient HTTP = StackClient.HTTP;
    static final List<String> failures = new ArrayList<>();
    static String token;
    static int sequence;

    /** What one GET /api/results said: its status, the running period's visits, where it read from. */
    record Figures(int status, long visits, String source, String standby, Long lag, long at) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d visits, read from the %s (standby: %s, lag %s)", visits, source,
                    standby, lag == null ? "unknown" : lag + " ms");
        }
    }

    public static void main(String[] args) {
        try {
            test();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.out.println("STANDBY RESULT: FAIL (" + e + ")");
            System.exit(1);
        }
        failures.forEach(f -> System.out.println("STANDBY FAILED: " + f));
        System.out.println("STANDBY RESULT: " + (failures.isEmpty() ? "PASS" : "FAIL"));
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static void test() throws Exception {
        token = StackClient.token(KC, "xicheng-staff");
        System.out.println("# standby check " + RUN + ": GET /api/results as xicheng-staff, hot standby on " + STANDBY);
        Figures start = until("the standby is read", 30_000, f -> f.source().equals("standby"));
        long v0 = start.visits();
        System.out.println("streaming: " + start);

        visit();
        Figures streamed = until("a visit written on the primary shows on the standby", 10_000,
                f -> f.source().equals("standby") && f.visits() == v0 + 1);
        System.out.println("a visit written on the primary: " + streamed);

        psql(STANDBY, "select pg_wal_replay_pause()");
        long paused = System.nanoTime();
        visit();
        Figures stale = until("the standby is read, behind", 6_000,
                f -> f.source().equals("standby") && f.lag() != null && f.lag() > 0);
        System.out.println("replay paused, a second visit on the primary: " + stale);
        check(stale.visits() == v0 + 1, "while replay is paused the standby's figures lack the second visit: " + stale);

        Figures primary = until("the primary is read once the standby is over the limit", 20_000,
                f -> f.source().equals("primary"));
        System.out.printf(Locale.ROOT, "%.1f s after the pause: %s%n", (System.nanoTime() - paused) / 1e9, primary);
        check(primary.standby().equals("standby_lagging") && primary.lag() != null && primary.lag() > 8_000,
                "the primary is read because the standby is more than 8 s behind: " + primary);
        check(primary.visits() == v0 + 2, "the primary's figures include the second visit: " + primary);

        psql(STANDBY, "select pg_wal_replay_resume()");
        Figures resumed = until("the standby is read again after replay resumed", 10_000,
                f -> f.source().equals("standby") && f.visits() == v0 + 2);
        System.out.println("replay resumed: " + resumed);
        check(resumed.lag() != null && resumed.lag() < 8_000, "caught up, the lag is under the limit: " + resumed);

        StackClient.run(List.of(StackClient.script("ops/fault/pg.sh"), "stop"), Map.of("FAULT_PG_PORT", STANDBY));
        long stopped = System.nanoTime();
        int answered = 0;
        Figures last = null;
        while ((System.nanoTime() - stopped) / 1_000_000 < 5_000) {
            last = figures();
            answered++;
            check(last.status() == 200, "with the standby stopped every read is answered: status " + last.status());
            check(last.visits() == v0 + 2, "with the standby stopped the figures are whole: " + last);
        }
        System.out.printf(Locale.ROOT, "standby stopped: %d reads in 5 s, all answered; last: %s%n", answered, last);
        check(last != null && last.source().equals("primary") && last.standby().equals("standby_unreachable"),
                "with the standby stopped the primary is read and the standby named unreachable: " + last);
    }

    /** A matter taken in through the API, then its done return visit written on the primary. */
    static void visit() throws Exception {
        String key = RUN + "-" + (++sequence);
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(APP + "/api/matters"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + key
                                + "\",\"description\":\"小区门口的路灯坏了好几天了\",\"street\":\"street-1\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher number = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() / 100 != 2 || !number.find()) {
            throw new IllegalStateException("intake answered " + r.statusCode() + ": " + r.body());
        }
        psql(PRIMARY, "insert into return_visit (district_id, matter_number, state, created_at, due_at, channel,"
                + " reached, contacted, resolved, satisfaction, visited_by, visited_at) values ('xicheng', '"
                + number.group(1) + "', 'DONE', now(), now(), 'STAFF', true, true, true, 'SATISFIED', '" + RUN
                + "', now()) on conflict (district_id, matter_number) do update set state = 'DONE', channel = 'STAFF',"
                + " reached = true, contacted = true, resolved = true, satisfaction = 'SATISFIED',"
                + " visited_by = excluded.visited_by, visited_at = now()");
    }

    static Figures until(String what, long limitMillis, Predicate<Figures> done) throws Exception {
        long start = System.nanoTime();
        Figures f = null;
        while ((System.nanoTime() - start) / 1_000_000 < limitMillis) {
            f = figures();
            if (f.status() == 200 && done.test(f)) {
                return f;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(what + ": not within " + limitMillis + " ms; last " + f);
    }

    static Figures figures() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(APP + "/api/results"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        return new Figures(r.statusCode(), number(body, "runningVisits"), text(body, "source"), text(body, "standby"),
                r.statusCode() == 200 && !body.contains("\"lagMillis\":null") ? number(body, "lagMillis") : null,
                System.nanoTime());
    }

    static long number(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static String text(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(body);
        return m.find() ? m.group(1) : "?";
    }

    static void check(boolean ok, String what) {
        if (!ok && !failures.contains(what)) {
            failures.add(what);
        }
    }

    static void psql(String port, String sql) {
        StackClient.psql(port, sql);
    }
}
