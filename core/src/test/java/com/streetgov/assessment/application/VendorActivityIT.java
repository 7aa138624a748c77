package com.streetgov.assessment.application;

import static com.streetgov.assessment.application.FigureFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.DistrictActivity;
import com.streetgov.assessment.infrastructure.SqlActivityFigures;
import com.streetgov.organisation.infrastructure.JpaDistrictRepository;
import com.streetgov.tenancy.ShardDirectory;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vendor's activity figures across districts on real PostgreSQL, each district read through an
 * EntityManager bound to it under row-level security: counts as written by hand and recounted by plain
 * SQL, each district in its own periods, and nothing of a case's contents in what comes back.
 */
class VendorActivityIT {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 10, 15, 0);
    static final String SECRET = "机密诉求内容";
    static EntityManagerFactory emf;
    static TestDatabase db;
    static FigureFixture fx;
    static final List<String> NUMBERS = new ArrayList<>();

    @BeforeAll
    static void seed() {
        db = TestDatabase.fresh("streetgov_it_vendor_activity");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        fx = new FigureFixture(db);
        String[][] xicheng = {
            {"2026-09-01", "RESPONDED"},
            {"2026-10-05", "CLOSED"},
            {"2026-10-05", "CLOSED"},
            {"2026-10-20", "DISPATCHED"},
            {"2026-11-01", "CLOSED"},
            {"2026-11-01", "IN_PROGRESS"},
            {"2026-11-01", "REJECTED"},
            {"2026-11-10", "RECEIVED"},
        };
        for (String[] m : xicheng) {
            NUMBERS.add(matter("xicheng", m[0], m[1]));
        }
        fx.visit("xicheng", NUMBERS.get(1), true, true, true, "SATISFIED", LocalDateTime.of(2026, 10, 6, 9, 0));
        fx.visit("xicheng", NUMBERS.get(4), false, false, false, null, LocalDateTime.of(2026, 11, 2, 9, 0));
        fx.visitDue("xicheng", NUMBERS.get(2), LocalDateTime.of(2026, 11, 12, 9, 0));
        // 罗湖 assesses 19th to 18th: on 10 November the running period is 19 October – 18 November.
        fx.sql("insert into assessment_rules (district_id, version, effective_from, period_start_day, denominator,"
                + " basic_weight, weight_response, weight_resolution, weight_satisfaction, min_valid_visits,"
                + " exclusion_kinds, created_by, created_at, reason) values ('luohu', 'v1', '2026-01-01', 19,"
                + " 'VALID_VISITS', 0.9, 30, 35, 35, 30, '[]', 'admin', now(), '试行')");
        NUMBERS.add(matter("luohu", "2026-10-18", "CLOSED"));
        NUMBERS.add(matter("luohu", "2026-10-19", "DISPATCHED"));
        NUMBERS.add(matter("luohu", "2026-10-19", "DISPATCHED"));
        NUMBERS.add(matter("luohu", "2026-11-18", "RECEIVED"));
    }

    static String matter(String district, String day, String state) {
        return fx.matter(
                district,
                "s1",
                "K1",
                "G1",
                "C-PARK",
                SECRET + "标题",
                SECRET + "描述",
                LocalDate.parse(day).atTime(10, 0),
                state,
                false);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static VendorActivity service(EntityManager plain) {
        TenantEntityManagers entityManagers = set(new TenantEntityManagers(), "emf", emf);
        // every district on main: the directory as the application reads it, with no other shard
        ShardDirectory shards = set(new ShardDirectory(), "platform", db.owner());
        set(shards, "configured", " ");
        set(entityManagers, "shards", shards);
        JpaDistrictRepository districts = set(new JpaDistrictRepository(), "em", plain);
        set(districts, "entityManagers", entityManagers);
        VendorActivity activity = new VendorActivity();
        set(activity, "districts", districts);
        set(activity, "figures", set(new SqlActivityFigures(), "entityManagers", entityManagers));
        return set(activity, "clock", FigureFixture.clockAt(NOW));
    }

    /** What the vendor's service returns, each district read through its own EntityManager. */
    static List<DistrictActivity> activities() {
        EntityManager plain = emf.createEntityManager();
        try {
            return service(plain).districts();
        } finally {
            plain.close();
        }
    }

    @Test
    void each_district_counts_its_own_matters_and_visits_in_its_own_periods() {
        List<DistrictActivity> all = activities();
        assertEquals(
                List.of("罗湖区", "西城区"),
                all.stream().map(DistrictActivity::districtName).toList());
        DistrictActivity luohu = all.get(0);
        DistrictActivity xicheng = all.get(1);

        assertEquals("2026-11", xicheng.runningPeriod());
        assertEquals("2026-10", xicheng.lastPeriod());
        assertEquals(4, xicheng.receivedThisPeriod());
        assertEquals(3, xicheng.receivedLastPeriod());
        assertEquals(4, xicheng.open(), "dispatched, in progress, rejected, received");
        assertEquals(
                List.of(1L, 1L, 1L),
                List.of(xicheng.visitsDoneThisPeriod(), xicheng.visitsDoneLastPeriod(), xicheng.visitsDue()));
        assertEquals(30, xicheng.perDay().size());
        assertEquals(LocalDate.of(2026, 10, 12), xicheng.perDay().get(0).day());
        assertEquals(LocalDate.of(2026, 11, 10), xicheng.perDay().get(29).day());
        assertEquals(3, day(xicheng, "2026-11-01"));
        assertEquals(1, day(xicheng, "2026-10-20"));
        assertEquals(
                fx.count("select count(*) from matter where district_id = 'xicheng'"
                        + " and received_at >= '2026-10-12' and received_at < '2026-11-11'"),
                xicheng.perDay().stream()
                        .mapToLong(DistrictActivity.DayCount::count)
                        .sum());
        assertEquals(
                fx.count("select count(*) from matter where district_id = 'xicheng'"
                        + " and state not in ('RESPONDED', 'RESOLVED', 'CLOSED')"),
                xicheng.open());

        assertEquals("2026-11", luohu.runningPeriod(), "19 October – 18 November");
        assertEquals(3, luohu.receivedThisPeriod());
        assertEquals(1, luohu.receivedLastPeriod(), "18 October is the last day of period 2026-10");
        assertEquals(3, luohu.open());
        assertEquals(
                List.of(0L, 0L, 0L),
                List.of(luohu.visitsDoneThisPeriod(), luohu.visitsDoneLastPeriod(), luohu.visitsDue()));
        assertEquals(2, day(luohu, "2026-10-19"));
    }

    static long day(DistrictActivity a, String day) {
        return a.perDay().stream()
                .filter(d -> d.day().equals(LocalDate.parse(day)))
                .findFirst()
                .orElseThrow()
                .count();
    }

    @Test
    void the_vendor_gets_counts_only_never_a_case_number_title_or_text() {
        List<DistrictActivity> all = activities();
        String shown = all.toString();
        assertFalse(shown.contains(SECRET), shown);
        for (String number : NUMBERS) {
            assertFalse(shown.contains(number), number);
        }
        assertFalse(shown.contains("C-PARK") || shown.contains("K1") || shown.contains("G1"), shown);
        // The shape itself: its only texts name the district and the periods.
        List<String> texts = Arrays.stream(DistrictActivity.class.getRecordComponents())
                .filter(c -> c.getType() == String.class)
                .map(RecordComponent::getName)
                .toList();
        assertEquals(List.of("districtId", "districtName", "runningPeriod", "lastPeriod"), texts);
        for (RecordComponent c : DistrictActivity.class.getRecordComponents()) {
            assertTrue(Set.of(String.class, long.class, List.class).contains(c.getType()), c.getName());
        }
        for (RecordComponent c : DistrictActivity.DayCount.class.getRecordComponents()) {
            assertTrue(Set.of(LocalDate.class, long.class).contains(c.getType()), c.getName());
        }
    }
}
