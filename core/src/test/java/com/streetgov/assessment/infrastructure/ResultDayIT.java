package com.streetgov.assessment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-day counts of V16 (DD026) stay equal to a recount from the raw matter, return_visit and
 * matter_exclusion rows after every kind of change the product makes — a bulk load, a visit
 * recorded, a reopening, a re-route, a changed received time, exclusions approved, refused and
 * removed, many rows in one statement, two writers on the same row — each made as the application's
 * role under row-level security, in two districts with the same matter numbers.
 */
class ResultDayIT {

    /** The raw rows' counts per district, day, street and unit, as SqlResultsRepository counted before V16. */
    static final String RECOUNT = "select m.district_id || ' ' || cast(m.received_at as date) || ' ' || m.street"
            + " || ' ' || coalesce(m.lead_unit, ''),"
            + " concat_ws(',', count(*) filter (where x.matter_number is null),"
            + " count(*) filter (where x.matter_number is null and not v.reached),"
            + " count(*) filter (where x.matter_number is null and v.reached and v.contacted),"
            + " count(*) filter (where x.matter_number is null and v.reached and v.resolved),"
            + " count(*) filter (where x.matter_number is null and v.reached and v.satisfaction = 'SATISFIED'),"
            + " count(*) filter (where x.matter_number is null and v.reached"
            + " and v.satisfaction = 'BASICALLY_SATISFIED'),"
            + " count(x.matter_number))"
            + " from matter m join return_visit v on v.district_id = m.district_id"
            + " and v.matter_number = m.number and v.state = 'DONE'"
            + " left join matter_exclusion x on x.district_id = m.district_id and x.matter_number = m.number"
            + " and x.state = 'APPROVED' group by 1";

    static final String KEPT = "select district_id || ' ' || day || ' ' || street || ' ' || lead_unit,"
            + " concat_ws(',', counted, invalid, contacted, resolved, satisfied, basic, excluded_count)"
            + " from result_day where (counted, invalid, contacted, resolved, satisfied, basic, excluded_count)"
            + " <> (0, 0, 0, 0, 0, 0, 0)";

    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.fresh("streetgov_it_result_day");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        for (String district : new String[] {"xicheng", "luohu"}) {
            try (Connection c = app(district);
                    Statement s = c.createStatement()) {
                // 60 matters over 3 streets, 3 units (one none), 5 days; then their visits in one statement:
                // every 4th due, every 7th unreached, the rest spread over the outcomes
                s.execute("insert into matter (district_id, number, channel, title, description, street, time_limit,"
                        + " time_limit_name, time_measure, time_amount, received_at, due_at, state, lead_unit)"
                        + " select current_setting('app.district'), 'M' || i, 'PHONE', '诉求', '详情', 's' || (i % 3),"
                        + " 'D5', '5个工作日', 'WORKING_DAYS', 5,"
                        + " timestamp '2026-10-15 09:00' + (i % 5) * interval '1 day' + i * interval '1 minute',"
                        + " timestamp '2026-10-25 09:00', 'CLOSED', nullif('u' || (i % 4), 'u3')"
                        + " from generate_series(1, 60) i");
                s.execute("insert into return_visit (district_id, matter_number, state, created_at, due_at, channel,"
                        + " reached, unreached, contacted, resolved, satisfaction, visited_by, visited_at)"
                        + " select current_setting('app.district'), 'M' || i,"
                        + " case when i % 4 = 0 then 'DUE' else 'DONE' end,"
                        + " timestamp '2026-10-20 09:00', timestamp '2026-10-22 09:00',"
                        + " case when i % 4 = 0 then null else 'STAFF' end,"
                        + " case when i % 4 = 0 then null else i % 7 <> 0 end,"
                        + " case when i % 4 <> 0 and i % 7 = 0 then 'UNREACHABLE' end,"
                        + " case when i % 4 <> 0 and i % 7 <> 0 then i % 5 <> 0 end,"
                        + " case when i % 4 <> 0 and i % 7 <> 0 then i % 3 <> 0 end,"
                        + " case when i % 4 <> 0 and i % 7 <> 0 then (array['SATISFIED', 'BASICALLY_SATISFIED',"
                        + " 'NOT_SATISFIED'])[1 + i % 3] end,"
                        + " case when i % 4 = 0 then null else '回访员' end,"
                        + " case when i % 4 = 0 then null else timestamp '2026-10-21 09:00' end"
                        + " from generate_series(1, 60) i");
            }
        }
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /** A connection as the application's role in {@code district}, autocommit on. */
    static Connection app(String district) throws SQLException {
        Connection c = db.connectAsApplication();
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('app.district', '" + district + "', false)");
        }
        return c;
    }

    static void change(String district, String... statements) throws SQLException {
        try (Connection c = app(district);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static Map<String, String> rows(String sql) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2));
            }
        }
        return rows;
    }

    static void assertRecounted(String after) throws SQLException {
        Map<String, String> recount = rows(RECOUNT);
        assertFalse(recount.isEmpty());
        assertEquals(recount, rows(KEPT), "result_day after " + after);
    }

    @Test
    void countsFollowEveryChange() throws Exception {
        assertRecounted("the bulk load");
        change("xicheng", done("M4", "true, true, true, 'SATISFIED'"));
        assertRecounted("a visit recorded");
        change("xicheng", done("M8", "false, null, null, null"));
        assertRecounted("an invalid visit recorded");
        change(
                "xicheng",
                "update return_visit set state = 'DUE', channel = null, reached = null, contacted = null,"
                        + " resolved = null, satisfaction = null, visited_by = null, visited_at = null"
                        + " where matter_number = 'M1'");
        assertRecounted("a reopening");
        change("xicheng", "update matter set street = 's2', lead_unit = 'u9' where number = 'M2'");
        assertRecounted("a re-route to another street and unit");
        change("xicheng", "update matter set lead_unit = null where number = 'M5'");
        assertRecounted("a matter left without a unit");
        change("xicheng", "update matter set received_at = received_at + interval '3 days' where number = 'M6'");
        assertRecounted("a changed received time");
        change("xicheng", "update matter set state = 'RESPONDED', title = '改' where number = 'M7'");
        assertRecounted("a workflow step");
        change("xicheng", exclusion("M9", "REQUESTED"));
        assertRecounted("an exclusion requested");
        change("xicheng", "update matter_exclusion set state = 'APPROVED' where matter_number = 'M9'");
        assertRecounted("an exclusion approved");
        change("xicheng", "update matter_exclusion set state = 'REFUSED' where matter_number = 'M9'");
        assertRecounted("an exclusion no longer approved");
        change("xicheng", exclusion("M10", "APPROVED"), exclusion("M11", "APPROVED"));
        change("xicheng", "delete from matter_exclusion where matter_number = 'M10'");
        assertRecounted("an approved exclusion removed");
        change("xicheng", "update matter set street = 's0' where number = 'M11'");
        assertRecounted("an excluded matter re-routed");
        change(
                "xicheng",
                "update return_visit set state = 'DUE', channel = null, reached = null, contacted = null,"
                        + " resolved = null, satisfaction = null, visited_by = null, visited_at = null"
                        + " where matter_number in (select number from matter where street = 's1')");
        assertRecounted("a street's visits reopened in one statement");
        change("luohu", "update matter set street = 's0', lead_unit = 'u1'");
        assertRecounted("every Luohu matter re-routed in one statement");
        change("xicheng", "delete from return_visit where matter_number = 'M13'");
        assertRecounted("a visit removed");
    }

    @Test
    void twoWritersOnOneDayAndUnitBothCount() throws Exception {
        // M72 shares M12's day, street s0 and unit u0; both visits are due
        change(
                "xicheng",
                "insert into matter (district_id, number, channel, title, description, street, time_limit,"
                        + " time_limit_name, time_measure, time_amount, received_at, due_at, state, lead_unit)"
                        + " select district_id, 'M72', channel, title, description, street, time_limit, time_limit_name,"
                        + " time_measure, time_amount, received_at + interval '1 hour', due_at, state, lead_unit"
                        + " from matter where number = 'M12'",
                "insert into return_visit (district_id, matter_number, state, created_at, due_at)"
                        + " select district_id, 'M72', state, created_at, due_at from return_visit where matter_number = 'M12'");
        try (Connection first = app("xicheng");
                Connection second = app("xicheng")) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (Statement s = first.createStatement()) {
                s.execute(done("M12", "true, true, false, 'NOT_SATISFIED'"));
            }
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try (Statement s = second.createStatement()) {
                    s.execute(done("M72", "true, false, false, 'NOT_SATISFIED'"));
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            first.commit();
            waiting.get(30, TimeUnit.SECONDS);
        }
        assertRecounted("two writers on one row");
    }

    static String done(String number, String outcome) {
        return "update return_visit set state = 'DONE', channel = 'STAFF', visited_by = '回访员',"
                + " visited_at = timestamp '2026-10-23 09:00', (reached, contacted, resolved, satisfaction) = ("
                + outcome + "), unreached = case when " + outcome.startsWith("false") + " then 'REFUSED' end"
                + " where matter_number = '" + number + "'";
    }

    static String exclusion(String number, String state) {
        return "insert into matter_exclusion (district_id, matter_number, kind, reason, requested_by, requested_at,"
                + " state) values (current_setting('app.district'), '" + number + "', 'REPEAT', '重复诉求', 'staff',"
                + " timestamp '2026-10-24 09:00', '" + state + "')";
    }
}
