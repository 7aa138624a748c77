import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results dashboard's computations, timed warm: the SQL a district admin's dashboard needs (the
 * district's counts for the latest complete period and the one before, the street ranking, the
 * 12-period trend of the district and of one street), run as the application's role with
 * {@code app.district} set in each transaction (row-level security on, as in the application), next
 * to baselines measured in the same run (a count of the district's matters, a single-row lookup).
 *
 *   java -cp postgresql.jar ops/benchmark/ResultsLoad.java JDBC_URL USER PASSWORD DISTRICT START_DAY [WARMUP] [RUNS]
 *
 * Prints one line per computation: p50 / p95 / p99 / max in ms and the rows it returned, then the
 * dashboard as a whole (all of them one after the other, as one page load asks for them).
 */
public class ResultsLoad {

    /** Counts of done visits, minus approved exclusions, as ResultsService counts them. */
    static final String COUNTS = "count(*) filter (where x.matter_number is null) as visits,"
            + " count(*) filter (where x.matter_number is null and not v.reached) as invalid,"
            + " count(*) filter (where x.matter_number is null and v.reached and v.contacted) as contacted,"
            + " count(*) filter (where x.matter_number is null and v.reached and v.resolved) as resolved,"
            + " count(*) filter (where x.matter_number is null and v.reached and v.satisfaction = 'SATISFIED') as satisfied,"
            + " count(*) filter (where x.matter_number is null and v.reached"
            + "   and v.satisfaction = 'BASICALLY_SATISFIED') as basic,"
            + " count(x.matter_number) as excluded";

    static final String FROM = " from matter m"
            + " join return_visit v on v.district_id = m.district_id and v.matter_number = m.number and v.state = 'DONE'"
            + " left join matter_exclusion x on x.district_id = m.district_id and x.matter_number = m.number"
            + "   and x.state = 'APPROVED'"
            + " where m.district_id = ? and m.received_at >= ? and m.received_at < ?";

    record Query(String name, String sql, List<Object> params) {}

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2], district = args[3];
        int startDay = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        int runs = args.length > 6 ? Integer.parseInt(args[6]) : 200;

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        YearMonth running = YearMonth.from(today);
        if (startDay > 1 && today.getDayOfMonth() >= startDay) {
            running = running.plusMonths(1);
        }
        YearMonth latest = running.minusMonths(1);
        LocalDate latestStart = start(latest, startDay), latestEnd = start(latest.plusMonths(1), startDay);
        LocalDate previousStart = start(latest.minusMonths(1), startDay);
        LocalDate yearStart = start(latest.minusMonths(11), startDay);
        // The period a day belongs to: with start day d > 1, the month of (day - (d - 1) days) + 1.
        String bucket = startDay == 1
                ? "date_trunc('month', m.received_at)"
                : "date_trunc('month', m.received_at - interval '" + (startDay - 1) + " days') + interval '1 month'";

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            String street;
            String number;
            try (PreparedStatement s = c.prepareStatement(
                    "select street, number from matter where district_id = ? order by received_at desc limit 1")) {
                bind(c, district);
                s.setString(1, district);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no matters in " + district);
                    }
                    street = r.getString(1);
                    number = r.getString(2);
                }
            }
            c.commit();
            List<Query> queries = List.of(
                    new Query(
                            "baseline: count(*) of the district's matters",
                            "select count(*) from matter where district_id = ?",
                            List.of(district)),
                    new Query(
                            "baseline: one matter by number",
                            "select number, title, state from matter where district_id = ? and number = ?",
                            List.of(district, number)),
                    new Query(
                            "district rates, latest period",
                            "select " + COUNTS + FROM,
                            List.of(district, ts(latestStart), ts(latestEnd))),
                    new Query(
                            "district rates, period before",
                            "select " + COUNTS + FROM,
                            List.of(district, ts(previousStart), ts(latestStart))),
                    new Query(
                            "street ranking, latest period",
                            "select m.street, " + COUNTS + FROM + " group by m.street",
                            List.of(district, ts(latestStart), ts(latestEnd))),
                    new Query(
                            "unit ranking, latest period",
                            "select m.street, m.lead_unit, " + COUNTS + FROM + " group by m.street, m.lead_unit",
                            List.of(district, ts(latestStart), ts(latestEnd))),
                    new Query(
                            "12-period trend, district",
                            "select " + bucket + " as period, " + COUNTS + FROM + " group by 1 order by 1",
                            List.of(district, ts(yearStart), ts(latestEnd))),
                    new Query(
                            "12-period trend, one street",
                            "select " + bucket + " as period, " + COUNTS + FROM + " and m.street = ? group by 1 order by 1",
                            List.of(district, ts(yearStart), ts(latestEnd), street)));

            Map<String, long[]> times = new LinkedHashMap<>();
            Map<String, Integer> rows = new LinkedHashMap<>();
            long[] dashboard = new long[runs];
            for (int i = 0; i < warmup; i++) {
                for (Query q : queries) {
                    run(c, district, q);
                }
            }
            for (int i = 0; i < runs; i++) {
                long page = 0;
                for (Query q : queries) {
                    long t = System.nanoTime();
                    int n = run(c, district, q);
                    long took = System.nanoTime() - t;
                    times.computeIfAbsent(q.name(), k -> new long[runs])[i] = took;
                    rows.put(q.name(), n);
                    if (!q.name().startsWith("baseline")) {
                        page += took;
                    }
                }
                dashboard[i] = page;
            }
            System.out.printf(Locale.ROOT, "district=%s start_day=%d latest=%s..%s warmup=%d runs=%d%n",
                    district, startDay, latestStart, latestEnd.minusDays(1), warmup, runs);
            times.forEach((name, t) -> System.out.println(line(name, t, rows.get(name))));
            System.out.println(line("dashboard (all of the above but the baselines)", dashboard, -1));
        }
    }

    static String line(String name, long[] nanos, int rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-48s p50=%7.2f p95=%7.2f p99=%7.2f max=%7.2f ms%s",
                name, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                rows >= 0 ? "  rows=" + rows : "");
    }

    static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** One query in its own transaction with the district set, as the application's connection has it. */
    static int run(Connection c, String district, Query q) throws SQLException {
        bind(c, district);
        int n = 0;
        try (PreparedStatement s = c.prepareStatement(q.sql())) {
            for (int i = 0; i < q.params().size(); i++) {
                s.setObject(i + 1, q.params().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    n++;
                }
            }
        }
        c.commit();
        return n;
    }

    static void bind(Connection c, String district) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('app.district', ?, true)")) {
            s.setString(1, district);
            s.execute();
        }
    }

    static LocalDate start(YearMonth month, int startDay) {
        return startDay == 1 ? month.atDay(1) : month.minusMonths(1).atDay(startDay);
    }

    static java.sql.Timestamp ts(LocalDate day) {
        return java.sql.Timestamp.valueOf(day.atStartOfDay());
    }
}
