package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.platform.ApplicationRole;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's row-level security behind EclipseLink's filter (DD022): native SQL with no
 * {@code where} clause, run through a district's EntityManager on the application's role, sees and
 * writes only that district's rows; no district set means no rows; a pooled connection never carries
 * a district to its next user.
 */
class RowLevelSecurityIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final List<String> TABLES = List.of(
            "street",
            "duty_item",
            "matter",
            "matter_photo",
            "indicator_system",
            "indicator",
            "questionnaire",
            "question",
            "survey_link",
            "survey_response",
            "survey_answer",
            "assessment_round",
            "assessor_score",
            "delegate",
            "cogovernance_project");
    /** Rows per district and table, written behind the application's back by the owner. */
    static final Map<DistrictId, Integer> ROWS = Map.of(LUOHU, 2, XICHENG, 3);

    static TestDatabase db;
    static HikariDataSource pool;
    static EntityManagerFactory emf;

    @BeforeAll
    static void seed() throws SQLException {
        db = TestDatabase.fresh("streetgov_it_rls");
        // One connection: every EntityManager and every check below takes the same physical connection.
        pool = db.applicationPool(1);
        emf = TestDatabase.entityManagerFactory(pool);
        TestDatabase.withLuohuAndXicheng(emf);
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (var entry : ROWS.entrySet()) {
                String d = entry.getKey().value();
                for (int i = 1; i <= entry.getValue(); i++) {
                    s.execute("insert into street (district_id, id, name) values ('%s', '%s-%d', '街道%d')"
                            .formatted(d, d, i, i));
                    s.execute(("insert into duty_item (district_id, code, name, area, level, street_role,"
                                    + " effective_from) values ('%s', 'D-%d', '事项%d', '民生', 'STREET', 'LEAD',"
                                    + " date '2024-01-01')")
                            .formatted(d, i, i));
                    s.execute(("insert into matter (district_id, number, channel, title, description, street,"
                                    + " time_limit, time_limit_name, time_measure, time_amount, received_at,"
                                    + " due_at, state) values ('%s', '%s-%d', 'WINDOW', '诉求', '描述', '%s-1',"
                                    + " 'DEFAULT', '默认', 'DAYS', 5, now(), now(), 'RECEIVED')")
                            .formatted(d, d, i, d));
                    // A resident's photo of the matter (issue 13, DD033): its bytes are rows of the district.
                    s.execute(("insert into matter_photo (district_id, matter_number, seq, content_type, bytes,"
                                    + " thumbnail, size_bytes, width, height, location_kept, uploaded_at) values"
                                    + " ('%s', '%s-%d', 1, 'image/jpeg', '\\xffd8ff'::bytea, '\\xffd8ff'::bytea,"
                                    + " 3, 1, 1, false, now())")
                            .formatted(d, d, i));
                    // The evaluation (issue 14): a version, its questionnaire, an anonymous response.
                    s.execute(("insert into indicator_system (district_id, version, name, effective_from, note,"
                                    + " created_by, created_at, reason) values ('%s', 'v%d', '体系', date '2024-01-0%d',"
                                    + " '', 'it', now(), '测试')")
                            .formatted(d, i, i));
                    s.execute(("insert into questionnaire (district_id, version, code, title, audience) values"
                                    + " ('%s', 'v%d', 'resident', '居民问卷', 'RESIDENT')")
                            .formatted(d, i));
                    s.execute(("insert into survey_response (district_id, id, version, questionnaire_code,"
                                    + " answered_on) values ('%s', 'r-%d', 'v%d', 'resident', current_date)")
                            .formatted(d, i, i));
                    s.execute(("insert into indicator (district_id, version, code, position, name, weight, subject,"
                                    + " confirmed, source_kind) values ('%s', 'v%d', 'I1', 0, '指标', 100, 'STREET',"
                                    + " true, 'ASSESSOR')")
                            .formatted(d, i));
                    s.execute(("insert into question (district_id, version, questionnaire_code, code, position, kind,"
                                    + " text, options) values ('%s', 'v%d', 'resident', 'Q1', 0, 'LIKERT', '满意吗',"
                                    + " '[]')")
                            .formatted(d, i));
                    s.execute(("insert into survey_link (district_id, token_hash, version, questionnaire_code, batch,"
                                    + " issued_at) values ('%s', repeat('%d', 64), 'v%d', 'resident', 'b', now())")
                            .formatted(d, i, i));
                    s.execute(("insert into survey_answer (district_id, response_id, question_code, answer) values"
                                    + " ('%s', 'r-%d', 'Q1', '[\"5\"]')")
                            .formatted(d, i));
                    s.execute(("insert into assessment_round (district_id, code, name, first_period, last_period,"
                                    + " version, created_by, created_at) values ('%s', 'R%d', '测评', '2026-01',"
                                    + " '2026-03', 'v%d', 'it', now())")
                            .formatted(d, i, i));
                    s.execute(("insert into assessor_score (district_id, round_code, subject, indicator_code, score,"
                                    + " reason, assessor, scored_at) values ('%s', 'R%d', '*', 'I1', 80, '核实',"
                                    + " 'it', now())")
                            .formatted(d, i));
                    s.execute(("insert into delegate (district_id, id, street_code, name, note, created_at) values"
                                    + " ('%s', 'd-%d', 's1', '代表', '', now())")
                            .formatted(d, i));
                    s.execute(("insert into cogovernance_project (district_id, code, street_code, name, summary, year)"
                                    + " values ('%s', 'P%d', 's1', '项目', '', 2026)")
                            .formatted(d, i));
                }
            }
        }
    }

    @AfterAll
    static void close() {
        emf.close();
        pool.close();
    }

    static long count(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql)
                        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .getSingleResult())
                .longValue();
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void inDistrict(DistrictId district, Consumer<EntityManager> work) {
        TestDatabase.inDistrict(emf, district, work);
    }

    @Test
    void an_unscoped_native_query_inside_a_districts_transaction_sees_only_that_district() throws SQLException {
        for (String table : TABLES) {
            for (DistrictId district : List.of(LUOHU, XICHENG)) {
                inDistrict(
                        district,
                        em -> assertEquals(
                                (long) ROWS.get(district), count(em, "select count(*) from " + table), table));
                inDistrict(
                        district,
                        em -> assertEquals(
                                0L,
                                count(em, "select count(*) from " + table + " where district_id <> '" + district + "'"),
                                table));
            }
            try (Connection owner = db.connect()) {
                assertEquals(5L, count(owner, "select count(*) from " + table), "the owner sees all of " + table);
            }
        }
    }

    @Test
    void an_unscoped_native_query_outside_a_transaction_sees_only_that_district() {
        EntityManager em = emf.createEntityManager(TenantEntityManagers.propertiesFor(XICHENG));
        try {
            assertEquals(3L, count(em, "select count(*) from matter"));
            assertEquals(3L, count(em, "select count(*) from duty_item"));
        } finally {
            em.close();
        }
    }

    @Test
    void another_districts_row_cannot_be_written_through_a_districts_connection() throws SQLException {
        PersistenceException refused = assertThrows(
                PersistenceException.class,
                () -> inDistrict(LUOHU, em -> em.createNativeQuery(
                                "insert into street (district_id, id, name) values ('xicheng', 'x-9', '越界街道')")
                        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .executeUpdate()));
        assertTrue(String.valueOf(refused.getMessage()).contains("row-level security"), refused::getMessage);
        inDistrict(LUOHU, em -> {
            assertEquals(2, update(em, "update street set name = name || ''"), "updates see luohu's rows only");
            assertEquals(0, update(em, "delete from duty_item where district_id = 'xicheng'"));
            assertEquals(0, update(em, "delete from matter_photo where district_id = 'xicheng'"));
        });
        PersistenceException moved = assertThrows(
                PersistenceException.class,
                () -> inDistrict(LUOHU, em -> update(em, "update street set district_id = 'xicheng'")));
        assertTrue(String.valueOf(moved.getMessage()).contains("row-level security"), moved::getMessage);
        try (Connection owner = db.connect()) {
            assertEquals(3L, count(owner, "select count(*) from street where district_id = 'xicheng'"));
            assertEquals(3L, count(owner, "select count(*) from duty_item where district_id = 'xicheng'"));
            assertEquals(3L, count(owner, "select count(*) from matter_photo where district_id = 'xicheng'"));
        }
    }

    static int update(EntityManager em, String sql) {
        return em.createNativeQuery(sql)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .executeUpdate();
    }

    @Test
    void a_connection_with_no_district_set_sees_nothing() throws SQLException {
        try (Connection app = db.connectAsApplication()) {
            for (String table : TABLES) {
                assertEquals(0L, count(app, "select count(*) from " + table), table);
            }
            assertEquals(2L, count(app, "select count(*) from district"), "the tenant registry stays readable");
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Statement s = app.createStatement()) {
                    s.execute("insert into street (district_id, id, name) values ('luohu', 'l-9', '无区街道')");
                }
            });
            assertTrue(refused.getMessage().contains("row-level security"), refused::getMessage);
        }
        EntityManager plain = emf.createEntityManager();
        try {
            assertEquals(0L, count(plain, "select count(*) from matter"), "an EntityManager without a district");
        } finally {
            plain.close();
        }
    }

    @Test
    void a_pooled_connection_reused_after_a_districts_work_carries_no_district() throws SQLException {
        long[] backend = new long[1];
        inDistrict(LUOHU, em -> backend[0] = count(em, "select pg_backend_pid()"));
        assertCarriesNoDistrict(backend[0], "after a committed transaction");

        assertThrows(
                IllegalStateException.class,
                () -> inDistrict(LUOHU, em -> {
                    backend[0] = count(em, "select pg_backend_pid()");
                    throw new IllegalStateException("rolled back");
                }));
        assertCarriesNoDistrict(backend[0], "after a rolled-back transaction");

        EntityManager outside = emf.createEntityManager(TenantEntityManagers.propertiesFor(LUOHU));
        try {
            backend[0] = count(outside, "select pg_backend_pid()");
            assertEquals(2L, count(outside, "select count(*) from street"));
        } finally {
            outside.close();
        }
        assertCarriesNoDistrict(backend[0], "after a read outside a transaction");
    }

    private static void assertCarriesNoDistrict(long backend, String when) throws SQLException {
        try (Connection next = pool.getConnection()) {
            assertEquals(backend, count(next, "select pg_backend_pid()"), "the pool hands out the same connection");
            try (Statement s = next.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(current_setting('app.district', true), '')")) {
                rs.next();
                assertEquals("", rs.getString(1), when);
            }
            assertEquals(0L, count(next, "select count(*) from street"), when);
        }
    }

    @Test
    void the_application_role_is_subject_to_row_level_security_and_the_owner_is_not() {
        ApplicationRole.requireSubjectToRowSecurity(pool);
        assertThrows(IllegalStateException.class, () -> ApplicationRole.requireSubjectToRowSecurity(db.owner()));
    }
}
