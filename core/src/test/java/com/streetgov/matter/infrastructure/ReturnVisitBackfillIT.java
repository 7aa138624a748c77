package com.streetgov.matter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.tenancy.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V12 on a database at V11 holding matters answered before return visits existed: a rated one gets a
 * DONE visit (the resident's own channel, or the staff call that heard the rating), an unrated one a
 * visit due 2 days after its latest answer; a matter that already has its visit, an unanswered one
 * and another district's matter of the same number are left as they are. Then the partial index of
 * open matters by deadline exists.
 */
class ReturnVisitBackfillIT {

    static final LocalDateTime T = LocalDateTime.of(2026, 9, 1, 9, 0);
    static TestDatabase db;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.fresh("streetgov_it_visit_backfill", MigrationVersion.fromVersion("11"));
        try (Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("insert into district (id, name, keycloak_org_alias) values"
                        + " ('xicheng', '西城区', 'xicheng'), ('luohu', '罗湖区', 'luohu')");
            }
            matter(c, "xicheng", "A-DUE", "RESPONDED", null, null);
            event(c, "xicheng", "A-DUE", "RESPONDED", "clerk", T.plusHours(2));

            matter(c, "xicheng", "B-RESIDENT", "CLOSED", "BASICALLY_SATISFIED", null);
            event(c, "xicheng", "B-RESIDENT", "RESPONDED", "clerk", T.plusHours(3));
            event(c, "xicheng", "B-RESIDENT", "RATED", "居民（Open311）", T.plusDays(1));
            event(c, "xicheng", "B-RESIDENT", "CLOSED", "clerk", T.plusDays(2));

            matter(c, "xicheng", "C-STAFF", "RESOLVED", "NOT_SATISFIED", "居民称仍有积水");
            event(c, "xicheng", "C-STAFF", "RESPONDED", "clerk", T.plusHours(4));
            event(c, "xicheng", "C-STAFF", "RETURN_VISIT", "xicheng-staff", T.plusDays(2));
            event(c, "xicheng", "C-STAFF", "RATED", "xicheng-staff", T.plusDays(2));
            event(c, "xicheng", "C-STAFF", "RESOLVED", "clerk", T.plusDays(3));

            // Answered, reopened, answered again: due after the second answer.
            matter(c, "xicheng", "D-AGAIN", "RESPONDED", null, null);
            event(c, "xicheng", "D-AGAIN", "RESPONDED", "clerk", T.plusHours(1));
            event(c, "xicheng", "D-AGAIN", "REOPENED", "clerk", T.plusDays(1));
            event(c, "xicheng", "D-AGAIN", "RESPONDED", "clerk", T.plusDays(4));

            // Answered after V11: its visit is there already and stays as it is.
            matter(c, "xicheng", "E-HAS", "RESPONDED", null, null);
            event(c, "xicheng", "E-HAS", "RESPONDED", "clerk", T.plusHours(5));
            try (Statement s = c.createStatement()) {
                s.execute(
                        "insert into return_visit (district_id, matter_number, state, created_at, due_at)"
                                + " values ('xicheng', 'E-HAS', 'DUE', timestamp '2026-09-01 14:00', timestamp '2026-09-09 14:00')");
            }

            matter(c, "xicheng", "F-OPEN", "DISPATCHED", null, null);
            matter(c, "luohu", "A-DUE", "ACCEPTED", null, null);
        }
        db.migrate();
    }

    static void matter(Connection c, String district, String number, String state, String rating, String visit)
            throws Exception {
        try (PreparedStatement m = c.prepareStatement("insert into matter (district_id, number, channel, title,"
                + " description, street, time_limit, time_limit_name, time_measure, time_amount, received_at, due_at,"
                + " state, rating, return_visit) values (?, ?, 'WINDOW', '诉求', '详情', 'desheng', 'H24', '24小时',"
                + " 'HOURS', 24, ?, ?, ?, ?, ?)")) {
            m.setString(1, district);
            m.setString(2, number);
            m.setObject(3, T);
            m.setObject(4, T.plusHours(24));
            m.setString(5, state);
            m.setString(6, rating);
            m.setString(7, visit);
            m.executeUpdate();
        }
    }

    static void event(Connection c, String district, String number, String type, String actor, LocalDateTime at)
            throws Exception {
        try (PreparedStatement e = c.prepareStatement("insert into matter_event (district_id, matter_number, seq, at,"
                + " actor, type) values (?, ?, (select count(*) + 1 from matter_event where district_id = ?"
                + " and matter_number = ?), ?, ?, ?)")) {
            e.setString(1, district);
            e.setString(2, number);
            e.setString(3, district);
            e.setString(4, number);
            e.setObject(5, at);
            e.setString(6, actor);
            e.setString(7, type);
            e.executeUpdate();
        }
    }

    /** The visit's columns as one line: state created due channel reached contacted resolved satisfaction note by at. */
    static List<String> visits(String district) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement("select matter_number, state, created_at, due_at, channel,"
                        + " reached, contacted, resolved, satisfaction, note, visited_by, visited_at"
                        + " from return_visit where district_id = ? order by matter_number")) {
            s.setString(1, district);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        Object v = r.getObject(i);
                        cells.add(
                                v == null
                                        ? "-"
                                        : v instanceof java.sql.Timestamp t
                                                ? t.toLocalDateTime().toString()
                                                : v.toString());
                    }
                    rows.add(String.join(" ", cells));
                }
            }
        }
        return rows;
    }

    @Test
    void answered_matters_get_their_visit_done_as_rated_or_due_after_the_latest_answer() throws Exception {
        assertEquals(
                List.of(
                        "A-DUE DUE 2026-09-01T11:00 2026-09-03T11:00 - - - - - - - -",
                        "B-RESIDENT DONE 2026-09-01T12:00 2026-09-03T12:00 RESIDENT true true true BASICALLY_SATISFIED -"
                                + " 居民（Open311） 2026-09-02T09:00",
                        "C-STAFF DONE 2026-09-01T13:00 2026-09-03T13:00 STAFF true true false NOT_SATISFIED 居民称仍有积水"
                                + " xicheng-staff 2026-09-03T09:00",
                        "D-AGAIN DUE 2026-09-05T09:00 2026-09-07T09:00 - - - - - - - -",
                        "E-HAS DUE 2026-09-01T14:00 2026-09-09T14:00 - - - - - - - -"),
                visits("xicheng"),
                "F-OPEN is not answered: its visit comes from the queue once its deadline has passed");
        assertEquals(List.of(), visits("luohu"), "another district's matter of the same number is its own");
    }

    @Test
    void open_matters_are_indexed_by_district_and_deadline() throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select indexdef from pg_indexes where indexname = 'matter_open_due'")) {
            assertTrue(r.next(), "matter_open_due exists");
            String def = r.getString(1);
            assertTrue(
                    def.contains("(district_id, due_at)") && def.contains("WHERE") && def.contains("RESPONDED"), def);
        }
    }
}
