package com.streetgov.matter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DD027: the intake's lookups stay index lookups on a pooled connection while its district grows.
 *
 * <p>One pooled connection runs the intake's statements while the district is nearly empty (each
 * index then costs the same, and PostgreSQL would cache a generic plan through {@code matter_received}
 * after five runs); the owner then adds 20,000 matters without ANALYZE, as a bulk load or months of
 * intake with autovacuum off or behind. The same connection must then find a matter by its key
 * through the partial unique index, and check the foreign key of the new matter's events through
 * the primary key, not read the district's matters. Counted with PostgreSQL's per-transaction
 * statistics of the indexes, so the test does not depend on timing.
 */
class IntakePlansIT {

    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final int GROWN = 20_000;
    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("streetgov_it_intake_plans");
        // One connection: every transaction below runs on it and reuses its prepared statements.
        emf = TestDatabase.entityManagerFactory(db.applicationPool(1));
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void a_key_lookup_and_the_events_foreign_key_check_use_their_indexes_after_the_district_grew() throws Exception {
        for (int i = 0; i < 12; i++) {
            String key = "warm-" + i;
            TestDatabase.inDistrict(emf, XICHENG, em -> {
                JpaMatterRepository repo = MatterStorageIT.repository(em);
                assertTrue(repo.findByKey(key).isEmpty());
                add(repo, key);
            });
        }
        try (Connection owner = db.connect();
                Statement s = owner.createStatement()) {
            s.executeUpdate("insert into matter (district_id, number, channel, title, description, street,"
                    + " time_limit, time_limit_name, time_measure, time_amount, received_at, due_at, state)"
                    + " select 'xicheng', 'F' || lpad(g::text, 9, '0'), 'API', '填充', '填充', 'street-1',"
                    + " 'H24', '24小时', 'HOURS', 24, timestamp '2026-01-01' + g * interval '1 minute',"
                    + " timestamp '2026-01-02' + g * interval '1 minute', 'CLOSED'"
                    + " from generate_series(1, " + GROWN + ") g");
        }

        AtomicLong byDistrict = new AtomicLong();
        AtomicLong byKey = new AtomicLong();
        AtomicLong byPrimaryKey = new AtomicLong();
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            // The counters include earlier transactions whose statistics the backend has not sent yet:
            // count the difference over this one.
            long district0 = returned(em, "matter_received") + returned(em, "matter_inbox");
            long key0 = scans(em, "matter_idempotency");
            long primary0 = scans(em, "matter_pkey");
            JpaMatterRepository repo = MatterStorageIT.repository(em);
            assertTrue(repo.findByKey("warm-3").isPresent());
            assertTrue(repo.findByKey("new").isEmpty());
            add(repo, "new");
            byDistrict.set(returned(em, "matter_received") + returned(em, "matter_inbox") - district0);
            byKey.set(scans(em, "matter_idempotency") - key0);
            byPrimaryKey.set(scans(em, "matter_pkey") - primary0);
        });
        assertEquals(0, byDistrict.get(), "index entries read through the district's other indexes");
        assertTrue(byKey.get() >= 2, "lookups through matter_idempotency: " + byKey.get());
        assertTrue(byPrimaryKey.get() >= 1, "foreign-key checks through matter_pkey: " + byPrimaryKey.get());
    }

    private static void add(JpaMatterRepository repo, String key) {
        try {
            MatterStorageIT.matter(repo, "路灯坏了", key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Index entries read through {@code index} by this backend and not yet sent to pg_stat_*. */
    private static long returned(EntityManager em, String index) {
        return number(em, "select pg_stat_get_xact_tuples_returned('" + index + "'::regclass)");
    }

    /** Scans of {@code index} by this backend not yet sent to pg_stat_*. */
    private static long scans(EntityManager em, String index) {
        return number(em, "select pg_stat_get_xact_numscans('" + index + "'::regclass)");
    }

    private static long number(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql)
                        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .getSingleResult())
                .longValue();
    }
}
