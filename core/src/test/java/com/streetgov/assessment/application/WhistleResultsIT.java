package com.streetgov.assessment.application;

import static com.streetgov.assessment.application.FigureFixture.local;
import static com.streetgov.assessment.application.FigureFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.DepartmentResult;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.StreetWhistleResult;
import com.streetgov.assessment.domain.WhistleFigure;
import com.streetgov.assessment.domain.WhistleLine;
import com.streetgov.assessment.infrastructure.SqlWhistleFacts;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TenantEntityManagers;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 吹哨报到 double assessment on real PostgreSQL under row-level security: whistles and summonses written
 * by hand in 西城 and 罗湖 (罗湖's share a street code and a department with 西城's and must never show),
 * every figure asserted, recounted with plain SQL, and listed as exactly its whistles.
 */
class WhistleResultsIT {

    static final String XC = "xicheng";
    static final String LH = "luohu";
    static final Period OCT = Period.of(YearMonth.of(2026, 10), 1);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 12, 0);
    static EntityManagerFactory emf;
    static FigureFixture fx;

    @BeforeAll
    static void seed() {
        TestDatabase db = TestDatabase.fresh("streetgov_it_whistle_results");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        fx = new FigureFixture(db);
        LocalDateTime june = LocalDateTime.of(2026, 6, 15, 9, 0);
        String closed = fx.matter(XC, "s1", null, null, "C-W", "吹哨一", "事", june, "CLOSED", false);
        String responded = fx.matter(XC, "s1", null, null, "C-W", "吹哨二", "事", june, "RESPONDED", false);
        String open = fx.matter(XC, "s2", null, null, "C-W", "吹哨三", "事", june, "IN_PROGRESS", false);
        LocalDateTime w1 = LocalDateTime.of(2026, 10, 3, 10, 0);
        fx.whistle(XC, "w1", closed, "s1", w1, 30);
        fx.summons(XC, "w1", "城管委", w1.plusMinutes(20), "SATISFIED");
        fx.summons(XC, "w1", "住建委", w1.plusMinutes(45), "NOT_SATISFIED");
        LocalDateTime w2 = LocalDateTime.of(2026, 10, 10, 8, 0);
        fx.whistle(XC, "w2", responded, "s1", w2, 60);
        fx.summons(XC, "w2", "城管委", w2.plusMinutes(60), "BASICALLY_SATISFIED");
        fx.summons(XC, "w2", "交通委", null, null);
        fx.whistle(XC, "w3", open, "s2", LocalDateTime.of(2026, 10, 31, 23, 50), 30);
        fx.summons(XC, "w3", "城管委", null, null);
        fx.whistle(XC, "w4", open, "s2", LocalDateTime.of(2026, 11, 1, 0, 0), 30);
        fx.summons(XC, "w4", "城管委", LocalDateTime.of(2026, 11, 1, 0, 10), null);
        fx.whistle(XC, "w5", open, "s2", LocalDateTime.of(2026, 9, 30, 23, 59), 30);
        fx.summons(XC, "w5", "城管委", null, null);
        String luohu = fx.matter(LH, "s1", null, null, "C-W", "罗湖吹哨", "事", june, "DISPATCHED", false);
        fx.whistle(LH, "w1", luohu, "s1", LocalDateTime.of(2026, 10, 5, 9, 0), 30);
        fx.summons(LH, "w1", "城管委", null, null);
        fx.summons(LH, "w1", "罗湖水务局", LocalDateTime.of(2026, 10, 5, 9, 10), "SATISFIED");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static void inXicheng(Consumer<EntityManager> work) {
        TestDatabase.inDistrict(emf, DistrictId.of(XC), em -> work.accept(local(em)));
    }

    static WhistleResults whistleResults(EntityManager em) {
        WhistleResults results = new WhistleResults() {
            @Override
            Map<String, String> streetNames() {
                return Map.of("s1", "德胜街道");
            }
        };
        set(results, "facts", set(new SqlWhistleFacts(), "current", em));
        Object district = em.getProperties().get(TenantEntityManagers.TENANT_PROPERTY);
        try {
            results.results = ResultsIT.service(em, DistrictId.of(district.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return set(results, "clock", FigureFixture.clockAt(NOW));
    }

    @Test
    void departments_count_their_summonses_of_whistles_blown_in_the_period_only() {
        inXicheng(em -> {
            List<DepartmentResult> rows = whistleResults(em).departments(OCT);
            assertEquals(
                    List.of("城管委", "交通委", "住建委"),
                    rows.stream().map(DepartmentResult::department).toList());
            DepartmentResult city = rows.get(0);
            assertEquals(
                    List.of(3L, 2L, 2L, 0L, 1L, 0L, 1L),
                    List.of(
                            city.summoned(),
                            city.reportedIn(),
                            city.onTime(),
                            city.late(),
                            city.notReported(),
                            city.awaiting(),
                            city.missed()));
            assertEquals(
                    List.of(2L, 1L, 1L, 0L),
                    List.of(city.rated(), city.satisfied(), city.basicallySatisfied(), city.notSatisfied()));
            assertEquals(0, new BigDecimal("0.6666666667").compareTo(city.onTimeShare()));
            assertEquals(0, new BigDecimal("0.95").compareTo(city.ratingScore()));
            assertEquals(1, city.rank(), "3 summonses due: ranked");
            DepartmentResult housing = rows.get(2);
            assertEquals(
                    List.of(1L, 1L, 0L, 1L, 1L),
                    List.of(
                            housing.summoned(),
                            housing.reportedIn(),
                            housing.onTime(),
                            housing.late(),
                            housing.notSatisfied()));
            assertNull(housing.rank(), "1 summons: shown, not ranked");
            assertEquals(1, rows.get(1).missed());
            for (DepartmentResult d : rows) {
                recount(d);
            }
        });
    }

    /** The same figures by plain SQL as the owner, with the district named. */
    static void recount(DepartmentResult d) {
        Object[] r = fx.select(
                        """
                        select count(*), count(s.reported_at),
                               count(*) filter (where s.reported_at <= w.blown_at + w.report_in_minutes * interval '1 minute'),
                               count(*) filter (where s.reported_at > w.blown_at + w.report_in_minutes * interval '1 minute'),
                               count(*) filter (where s.reported_at is null),
                               count(*) filter (where s.rating = 'SATISFIED'),
                               count(*) filter (where s.rating = 'BASICALLY_SATISFIED'),
                               count(*) filter (where s.rating = 'NOT_SATISFIED')
                          from whistle w join whistle_summons s on s.district_id = w.district_id and s.whistle_id = w.id
                         where w.district_id = 'xicheng' and w.blown_at >= '2026-10-01' and w.blown_at < '2026-11-01'
                           and s.department = ?
                        """,
                        d.department())
                .get(0);
        List<Long> sql =
                java.util.Arrays.stream(r).map(v -> ((Number) v).longValue()).toList();
        assertEquals(
                sql,
                List.of(
                        d.summoned(),
                        d.reportedIn(),
                        d.onTime(),
                        d.late(),
                        d.notReported(),
                        d.satisfied(),
                        d.basicallySatisfied(),
                        d.notSatisfied()),
                d.department());
    }

    @Test
    void streets_count_their_whistles_outcomes_and_every_figure_lists_exactly_its_whistles() {
        inXicheng(em -> {
            WhistleResults results = whistleResults(em);
            List<StreetWhistleResult> streets = results.streets(OCT);
            assertEquals(
                    List.of("s1", "s2"),
                    streets.stream().map(StreetWhistleResult::street).toList());
            StreetWhistleResult s1 = streets.get(0);
            assertEquals("德胜街道", s1.streetName());
            assertEquals("s2", streets.get(1).streetName(), "a code without a name shows as itself");
            assertEquals(
                    List.of(2L, 1L, 1L, 0L, 4L, 3L),
                    List.of(s1.whistles(), s1.resolved(), s1.answered(), s1.open(), s1.summonses(), s1.reportedIn()));
            StreetWhistleResult s2 = streets.get(1);
            assertEquals(
                    List.of(1L, 0L, 0L, 1L, 1L, 0L),
                    List.of(s2.whistles(), s2.resolved(), s2.answered(), s2.open(), s2.summonses(), s2.reportedIn()));
            assertEquals(
                    fx.count("select count(*) from whistle where district_id = 'xicheng' and street = 's1'"
                            + " and blown_at >= '2026-10-01' and blown_at < '2026-11-01'"),
                    s1.whistles());
            List<WhistleLine> late = results.whistles(OCT, WhistleFigure.LATE, "住建委");
            assertEquals(1, late.size());
            assertEquals("w1", late.get(0).whistleId());
            assertEquals(LocalDateTime.of(2026, 10, 3, 10, 30), late.get(0).deadline());
            assertEquals(
                    List.of("w1", "w2"),
                    results.whistles(OCT, WhistleFigure.BLOWN, "s1").stream()
                            .map(WhistleLine::whistleId)
                            .toList());
            assertEquals(
                    List.of("w3"),
                    results.whistles(OCT, WhistleFigure.MISSED, "城管委").stream()
                            .map(WhistleLine::whistleId)
                            .toList());
            for (DepartmentResult d : results.departments(OCT)) {
                assertEquals(
                        d.summoned(),
                        results.whistles(OCT, WhistleFigure.SUMMONED, d.department())
                                .size());
                assertEquals(
                        d.onTime(),
                        results.whistles(OCT, WhistleFigure.ON_TIME, d.department())
                                .size());
                assertEquals(
                        d.missed(),
                        results.whistles(OCT, WhistleFigure.MISSED, d.department())
                                .size());
            }
            assertTrue(results.whistles(OCT, WhistleFigure.SUMMONED, "罗湖水务局").isEmpty(), "罗湖's never shows");
        });
    }

    @Test
    void luohu_sees_its_own_whistles_only() {
        TestDatabase.inDistrict(emf, DistrictId.of(LH), em -> {
            List<DepartmentResult> rows = whistleResults(local(em)).departments(OCT);
            assertEquals(
                    List.of("城管委", "罗湖水务局"),
                    rows.stream().map(DepartmentResult::department).toList());
            assertEquals(1, rows.get(0).summoned());
            assertEquals(
                    List.of("s1"),
                    whistleResults(local(em)).streets(OCT).stream()
                            .map(StreetWhistleResult::street)
                            .toList());
            assertEquals(1, whistleResults(local(em)).streets(OCT).get(0).whistles());
        });
    }
}
