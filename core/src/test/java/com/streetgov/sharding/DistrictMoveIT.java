package com.streetgov.sharding;

import static com.streetgov.tenancy.TestDatabase.inject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.organisation.domain.District;
import com.streetgov.organisation.domain.DistrictRepository;
import com.streetgov.sharding.application.ShardService;
import com.streetgov.sharding.domain.MoveReport;
import com.streetgov.sharding.domain.ShardDatabases;
import com.streetgov.sharding.infrastructure.CopyDistrictTransfer;
import com.streetgov.sharding.infrastructure.DistrictCopy;
import com.streetgov.sharding.infrastructure.SqlMoveLog;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.PlacementChanged;
import com.streetgov.tenancy.RecordingEvent;
import com.streetgov.tenancy.ShardDirectory;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moving a district between two real PostgreSQL databases (issue 15, DD039): the platform database
 * "main" holding Luohu and Xicheng with matters and return visits (whose triggers keep the results'
 * day counts), and an empty shard "b" with the same schema. Every figure is recounted here with SQL of
 * its own, not taken from the move's report.
 */
class DistrictMoveIT {

    static TestDatabase main;
    static TestDatabase b;
    static EntityManagerFactory emf;
    static HikariDataSource platform;
    static ShardService service;
    static ShardDirectory directory;
    static final List<PlacementChanged> fired = new ArrayList<>();

    @BeforeAll
    static void seed() throws Exception {
        main = TestDatabase.fresh("streetgov_it_move_main");
        b = TestDatabase.fresh("streetgov_it_move_b");
        emf = main.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        for (String district : new String[] {"xicheng", "luohu"}) {
            try (Connection c = app(main, district);
                    Statement s = c.createStatement()) {
                s.execute("insert into street (district_id, id, name, position) select current_setting('app.district'),"
                        + " 's' || i, '街道' || i, i from generate_series(0, 2) i");
                s.execute("insert into matter (district_id, number, channel, title, description, street, time_limit,"
                        + " time_limit_name, time_measure, time_amount, received_at, due_at, state, lead_unit)"
                        + " select current_setting('app.district'), 'M' || i, 'PHONE', '诉求“' || i || '”', e'详情\\t换行\\n',"
                        + " 's' || (i % 3), 'D5', '5个工作日', 'WORKING_DAYS', 5,"
                        + " timestamp '2026-10-15 09:00' + (i % 5) * interval '1 day' + i * interval '1 minute',"
                        + " timestamp '2026-10-25 09:00', 'CLOSED', nullif('u' || (i % 4), 'u3')"
                        + " from generate_series(1, 60) i");
                s.execute("insert into return_visit (district_id, matter_number, state, created_at, due_at, channel,"
                        + " reached, contacted, resolved, satisfaction, visited_by, visited_at)"
                        + " select current_setting('app.district'), 'M' || i, 'DONE', timestamp '2026-10-20 09:00',"
                        + " timestamp '2026-10-22 09:00', 'STAFF', true, true, i % 3 <> 0,"
                        + " (array['SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED'])[1 + i % 3], '回访员',"
                        + " timestamp '2026-10-21 09:00' from generate_series(1, 60) i");
            }
        }
        platform = main.applicationPool(4);
        directory = new ShardDirectory();
        inject(directory, "platform", platform);
        inject(directory, "configured", "b");
        inject(directory, "ttlMillis", 0L);
        directory.recordShards(Map.of("main", "main", "b", "b")); // as the application does at start
        SqlMoveLog log = new SqlMoveLog();
        inject(log, "platform", platform);
        service = new ShardService();
        inject(service, "directory", directory);
        inject(service, "databases", databases());
        inject(service, "districts", registry());
        inject(service, "moves", log);
        inject(service, "changed", new RecordingEvent<PlacementChanged>(fired));
        inject(service, "transfer", new CopyDistrictTransfer());
    }

    @AfterAll
    static void close() {
        platform.close();
        emf.close();
    }

    /**
     * Luohu goes to b and comes back. On b: every table's rows, equal to what main held (recounted per
     * table with checksums of our own), the results' day counts copied, not recounted twice by the
     * visits' triggers; main keeps none of Luohu's rows and says so to a late transaction; Xicheng is
     * untouched. A transaction of Luohu still open when the move starts is waited for, and its matter
     * moves too. Back on main, every table equals the first state exactly.
     */
    @Test
    void a_district_moves_with_every_row_and_comes_back_unchanged() throws Exception {
        DistrictId luohu = DistrictId.of("luohu");
        Map<String, String> xichengBefore = fingerprints(main, "xicheng");
        // a transaction of Luohu already running (holding its shared lock) when the move starts
        Connection late = app(main, "luohu");
        late.setAutoCommit(false);
        try (Statement s = late.createStatement()) {
            ResultSet here = s.executeQuery("select streetgov_enter('luohu', true)");
            here.next();
            assertTrue(here.getBoolean(1), "main holds Luohu before the move");
            s.execute("insert into matter (district_id, number, channel, title, description, street, time_limit,"
                    + " time_limit_name, time_measure, time_amount, received_at, due_at, state)"
                    + " values ('luohu', 'M61', 'PHONE', '迟到的诉求', '详情', 's0', 'D5', '5个工作日', 'WORKING_DAYS', 5,"
                    + " now(), now() + interval '5 days', 'NEW')");
        }
        CompletableFuture<MoveReport> moving = CompletableFuture.supplyAsync(() -> {
            try {
                return service.move(luohu, "b", "vendor-test");
            } catch (RefusedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertFalse(moving.isDone(), "the move waits for Luohu's running transaction");
        assertTrue(directory.placement(luohu).paused(), "Luohu's work is held back meanwhile");
        late.commit();
        late.close();
        Map<String, String> luohuBefore = fingerprints(main, "luohu");
        MoveReport report = moving.get(60, TimeUnit.SECONDS);

        assertEquals(MoveReport.Outcome.MOVED, report.outcome(), report.text());
        assertEquals("b", directory.placement(luohu).shard());
        assertFalse(directory.placement(luohu).paused());
        assertEquals(luohuBefore, fingerprints(b, "luohu"), "every table of Luohu arrived whole on b");
        assertEquals(61L, count(b, "select count(*) from matter where district_id = 'luohu'"), "the late matter too");
        assertEquals(
                count(b, "select count(*) from return_visit where district_id = 'luohu'"),
                count(b, "select coalesce(sum(counted), 0) from result_day where district_id = 'luohu'"),
                "the day counts are the copied ones, not counted again by the visits' triggers");
        fingerprints(main, "luohu")
                .forEach((table, print) -> assertTrue(print.startsWith("0 "), table + " left on main"));
        assertEquals(xichengBefore, fingerprints(main, "xicheng"), "Xicheng untouched");
        assertEquals(Boolean.FALSE, enter(main, "luohu"), "main tells a late transaction that Luohu has left");
        assertEquals(Boolean.TRUE, enter(b, "luohu"));
        assertNull(enter(b, "xicheng"), "b has never held Xicheng");
        report.tables().forEach(t -> assertTrue(t.equal(), t.line()));
        assertEquals(report.rows(), total(luohuBefore), "the report's rows are the rows recounted here");
        assertEquals(1, service.recentMoves().size());
        assertEquals(MoveReport.Outcome.MOVED, service.recentMoves().get(0).outcome());
        assertEquals(report.tables(), service.recentMoves().get(0).tables(), "the log keeps the per-table figures");

        MoveReport back = service.move(luohu, ShardDirectory.MAIN, "vendor-test");
        assertEquals(MoveReport.Outcome.MOVED, back.outcome(), back.text());
        assertEquals(luohuBefore, fingerprints(main, "luohu"), "back on main, every table equals the first state");
        fingerprints(b, "luohu").forEach((table, print) -> assertTrue(print.startsWith("0 "), table + " left on b"));
        assertEquals(Boolean.TRUE, enter(main, "luohu"));
        assertEquals(Boolean.FALSE, enter(b, "luohu"));
        assertTrue(fired.size() >= 4, "each pause and switch was announced: " + fired);
    }

    @Test
    void moves_that_cannot_be_are_refused_and_change_nothing() {
        DistrictId xicheng = DistrictId.of("xicheng");
        assertEquals(
                "sharding.sameShard",
                assertThrows(RefusedException.class, () -> service.move(xicheng, "main", "t"))
                        .text()
                        .key());
        assertEquals(
                "sharding.unknownShard",
                assertThrows(RefusedException.class, () -> service.move(xicheng, "c", "t"))
                        .text()
                        .key());
        assertEquals(
                "sharding.unknownDistrict",
                assertThrows(RefusedException.class, () -> service.move(DistrictId.of("nowhere"), "b", "t"))
                        .text()
                        .key());
        assertEquals(ShardDirectory.MAIN, directory.placement(xicheng).shard());
    }

    /** Per tenant table: the district's rows and a checksum of them, computed here (not DistrictCopy's). */
    static Map<String, String> fingerprints(TestDatabase db, String district) throws Exception {
        Map<String, String> prints = new TreeMap<>();
        try (Connection c = db.connect()) {
            for (String table : DistrictCopy.tenantTables(c)) {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by"
                                + " t::text)), '-') from " + table + " t where district_id = '" + district + "'")) {
                    r.next();
                    prints.put(table, r.getLong(1) + " " + r.getString(2));
                }
            }
        }
        return prints;
    }

    static long total(Map<String, String> prints) {
        return prints.values().stream()
                .mapToLong(p -> Long.parseLong(p.split(" ")[0]))
                .sum();
    }

    static Boolean enter(TestDatabase db, String district) throws Exception {
        try (Connection c = db.connectAsApplication();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select streetgov_enter('" + district + "', false)")) {
            r.next();
            return (Boolean) r.getObject(1);
        }
    }

    static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static Connection app(TestDatabase db, String district) throws Exception {
        Connection c = db.connectAsApplication();
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('app.district', '" + district + "', false)");
        }
        return c;
    }

    static ShardDatabases databases() {
        return new ShardDatabases() {
            @Override
            public DataSource owner(String shard) {
                return shard.equals("b") ? b.owner() : main.owner();
            }

            @Override
            public String location(String shard) {
                return shard;
            }
        };
    }

    /** The registry as the platform database holds it (the vendor's list). */
    static DistrictRepository registry() {
        return new DistrictRepository() {
            @Override
            public List<District> findAll() {
                var em = emf.createEntityManager();
                try {
                    return em.createQuery("select d from District d", District.class)
                            .getResultList();
                } finally {
                    em.close();
                }
            }

            @Override
            public Optional<District> find(DistrictId id) {
                return findAll().stream().filter(d -> d.id().equals(id)).findFirst();
            }

            @Override
            public void add(District district) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<DistrictId, Integer> streetCounts() {
                return Map.of();
            }
        };
    }
}
