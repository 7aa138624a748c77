package com.streetgov.assessment.application;

import static com.streetgov.assessment.application.FigureFixture.local;
import static com.streetgov.assessment.application.FigureFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.Hotspot;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.assessment.domain.HotspotReport;
import com.streetgov.assessment.domain.MonthlyTheme;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.PeriodMatter;
import com.streetgov.assessment.domain.ThemeFollowUp;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.assessment.infrastructure.SqlHotspotFigures;
import com.streetgov.assessment.infrastructure.SqlMonthlyThemes;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.infrastructure.JpaAuditRepository;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hotspots and the monthly theme on real PostgreSQL under row-level security: matters and return visits
 * written by hand in 西城 and 罗湖 (罗湖's share categories and words with 西城's and must never show),
 * every figure asserted and recounted with plain SQL.
 */
class HotspotsAndThemesIT {

    static final String XC = "xicheng";
    static final String LH = "luohu";
    static final Period OCT = Period.of(YearMonth.of(2026, 10), 1);
    static EntityManagerFactory emf;
    static FigureFixture fx;
    static final List<String> PARK = new ArrayList<>();
    static String keywordMatter;

    @BeforeAll
    static void seed() {
        TestDatabase db = TestDatabase.fresh("streetgov_it_hotspots_themes");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        fx = new FigureFixture(db);
        fx.sql("insert into duty_item (district_id, code, name, area, level, street_role, effective_from)"
                + " values ('xicheng', 'C-PARK', '停车管理', '城市管理', 'STREET', 'LEAD', '2026-01-01')");
        fx.sql("insert into community (district_id, code, name, street) values ('xicheng', 'K1', '一社区', 's1'),"
                + " ('xicheng', 'K2', '二社区', 's1')");
        fx.sql("insert into grid (district_id, code, name, community, households) values"
                + " ('xicheng', 'G1', '一网格', 'K1', 100), ('xicheng', 'G2', '二网格', 'K2', 100)");
        // Hotspots: July to September are compared with October.
        for (int month = 7; month <= 9; month++) {
            LocalDate first = LocalDate.of(2026, month, 3);
            fx.matters(2, XC, "K1", "G1", "C-PARK", "停车难", first, false);
            fx.matters(6, XC, "K2", "G2", "C-NOISE", "噪音扰民", first, month == 7);
        }
        fx.matters(3, XC, null, null, null, "其他问题", LocalDate.of(2026, 9, 10), false);
        fx.matter(XC, "s1", null, null, null, "咨询", "门口乱停车", LocalDateTime.of(2026, 9, 30, 23, 59), "CLOSED", false);
        PARK.addAll(fx.matters(6, XC, "K1", "G1", "C-PARK", "停车难", LocalDate.of(2026, 10, 1), false));
        fx.matters(8, XC, "K2", "G2", "C-NOISE", "噪音扰民", LocalDate.of(2026, 10, 2), true);
        keywordMatter = fx.matter(
                XC,
                "s1",
                "K2",
                "G2",
                "C-NOISE",
                "楼下车位被占",
                "夜里吵",
                LocalDateTime.of(2026, 10, 31, 23, 59),
                "CLOSED",
                false);
        fx.matters(3, XC, "", "", "", "其他问题", LocalDate.of(2026, 10, 20), false);
        fx.matter(XC, "s1", "K1", "G1", "C-PARK", "停车难", "十一月", LocalDateTime.of(2026, 11, 1, 0, 0), "CLOSED", false);
        fx.matters(4, LH, "K1", "G1", "C-PARK", "停车难", LocalDate.of(2026, 10, 5), false);
        // The theme's visits (October's 停车 matters and the one naming 车位).
        fx.visit(XC, PARK.get(0), true, true, true, "SATISFIED", LocalDateTime.of(2026, 10, 20, 9, 0));
        fx.visit(XC, PARK.get(1), true, true, false, "BASICALLY_SATISFIED", LocalDateTime.of(2026, 11, 2, 9, 0));
        fx.visit(XC, PARK.get(2), false, false, false, null, LocalDateTime.of(2026, 11, 3, 9, 0));
        fx.visit(XC, PARK.get(3), true, true, true, "SATISFIED", LocalDateTime.of(2026, 10, 25, 9, 0));
        fx.exclusion(XC, PARK.get(3), "APPROVED");
        fx.visitDue(XC, PARK.get(4), LocalDateTime.of(2026, 11, 20, 9, 0));
        fx.visit(XC, PARK.get(5), true, false, false, "NOT_SATISFIED", LocalDateTime.of(2026, 11, 5, 9, 0));
        fx.exclusion(XC, PARK.get(5), "REQUESTED");
        fx.visit(XC, keywordMatter, true, true, true, "SATISFIED", LocalDateTime.of(2026, 11, 6, 9, 0));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static void inXicheng(Consumer<EntityManager> work) {
        TestDatabase.inDistrict(emf, DistrictId.of(XC), em -> work.accept(local(em)));
    }

    static Hotspots hotspots(EntityManager em) {
        return set(new Hotspots(), "figures", set(new SqlHotspotFigures(), "current", em));
    }

    @Test
    void hotspots_rank_categories_and_places_by_matters_and_by_rise_over_the_last_three_periods() {
        inXicheng(em -> {
            Hotspots hotspots = hotspots(em);
            HotspotReport categories = hotspots.report(OCT, HotspotKind.CATEGORY, 5);
            assertEquals(
                    List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)),
                    categories.compared().stream().map(Period::month).toList());
            assertEquals(List.of("C-NOISE", "C-PARK", "未分类"), keys(categories.most()));
            assertEquals(
                    List.of(9L, 6L, 3L),
                    categories.most().stream().map(Hotspot::count).toList());
            assertEquals("停车管理", categories.most().get(1).name());
            assertEquals("C-NOISE", categories.most().get(0).name(), "no duty item: the code");
            assertEquals(List.of("C-PARK", "C-NOISE", "未分类"), keys(categories.rising()));
            Hotspot park = categories.rising().get(0);
            assertEquals(List.of(2L, 2L, 2L), park.previous());
            assertEquals(0, new BigDecimal("4").compareTo(park.rise()));
            assertNull(park.ratio(), "average 2 < 5");
            assertEquals(
                    0,
                    new BigDecimal("0.5").compareTo(categories.rising().get(1).ratio()));
            Hotspot other = categories.rising().get(2);
            assertEquals(List.of(0L, 0L, 4L), other.previous(), "3 + the 乱停车 of 30 September");
            HotspotReport communities = hotspots.report(OCT, HotspotKind.COMMUNITY, 1);
            assertEquals(List.of("K2"), keys(communities.most()));
            assertEquals("二社区", communities.most().get(0).name());
            assertEquals(List.of("K1"), keys(communities.rising()));
            HotspotReport grids = hotspots.report(OCT, HotspotKind.GRID, 5);
            assertEquals(List.of("G2", "G1"), keys(grids.most()));
            for (HotspotReport report : List.of(categories, communities, grids)) {
                for (Hotspot h : report.most()) {
                    List<PeriodMatter> rows = hotspots.matters(OCT, report.kind(), h.key(), 0, 100);
                    assertEquals(h.count(), rows.size(), h.key());
                    assertEquals(h.count(), hotspots.count(OCT, report.kind(), h.key()));
                    assertEquals(h.count(), recount(report.kind(), h.key()), h.key());
                }
            }
            assertEquals(
                    2,
                    hotspots.matters(OCT, HotspotKind.CATEGORY, "C-PARK", 4, 10).size(),
                    "a page");
            assertTrue(
                    hotspots.matters(OCT, HotspotKind.CATEGORY, "C-NOISE", 0, 100).stream()
                            .anyMatch(PeriodMatter::generated),
                    "generated matters count like any other");
        });
    }

    static List<String> keys(List<Hotspot> hotspots) {
        return hotspots.stream().map(Hotspot::key).toList();
    }

    static long recount(HotspotKind kind, String key) {
        String column = kind.name().toLowerCase();
        String match = kind == HotspotKind.CATEGORY && key.equals(HotspotKind.UNCATEGORISED)
                ? "(category is null or category = '')"
                : column + " = '" + key + "'";
        return fx.count("select count(*) from matter where district_id = 'xicheng' and received_at >= '2026-10-01'"
                + " and received_at < '2026-11-01' and " + match);
    }

    static MonthlyThemes themes(EntityManager em, CurrentCaller caller) {
        MonthlyThemes themes = new MonthlyThemes();
        set(themes, "repository", set(new SqlMonthlyThemes(), "current", em));
        ConfigChanges audit = new ConfigChanges();
        set(audit, "repository", set(new JpaAuditRepository(), "current", em));
        set(audit, "caller", caller);
        set(themes, "audit", audit);
        set(themes, "caller", caller);
        return set(themes, "clock", new MatterClock());
    }

    @Test
    void the_monthly_theme_is_picked_with_a_reason_audited_and_follows_its_matters_and_their_visits() {
        CurrentCaller caller = new CurrentCaller();
        caller.set(Caller.user(
                "xicheng-admin", Set.of(CallerRole.DISTRICT_ADMIN), Optional.of(DistrictId.of(XC)), Optional.empty()));
        MonthlyTheme.Choice choice =
                new MonthlyTheme.Choice(YearMonth.of(2026, 10), "停车难", "C-PARK", "车位", "1. 夜间车位不足\n2. 占道停车");
        inXicheng(em ->
                assertThrows(RefusedException.class, () -> themes(em, caller).pick(choice, " ")));
        inXicheng(em -> {
            try {
                themes(em, caller).pick(choice, "十月接诉高发");
            } catch (RefusedException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(
                1,
                fx.count("select count(*) from config_change where district_id = 'xicheng' and area = 'MONTHLY_THEME'"
                        + " and reason = '十月接诉高发' and actor = 'xicheng-admin' and summary like '%停车难%'"));
        inXicheng(em -> {
            MonthlyThemes themes = themes(em, caller);
            assertEquals(
                    List.of("车位"),
                    themes.theme(YearMonth.of(2026, 10)).orElseThrow().keywords());
            ThemeFollowUp follow = themes.follow(OCT).orElseThrow();
            assertEquals(7, follow.matters(), "6 停车 matters of October and the one naming 车位");
            assertEquals(7L, follow.byState().get(MatterState.CLOSED));
            assertEquals(0L, follow.byState().get(MatterState.RECEIVED));
            List<String> numbers = themes.matterNumbers(OCT);
            List<String> expected = new ArrayList<>(PARK);
            expected.add(keywordMatter);
            assertEquals(expected.stream().sorted().toList(), numbers);
            assertEquals(7, themes.matters(OCT, 0, 50).size());
            VisitCounts visits = follow.visits();
            assertEquals(new VisitCounts(5, 1, 3, 2, 2, 1, 1), visits);
            assertEquals(visits, themes.visitCounts(OCT));
            assertEquals(visits, recountVisits(numbers));
            assertTrue(themes.follow(Period.of(YearMonth.of(2026, 9), 1)).isEmpty());
            assertEquals(VisitCounts.NONE, themes.visitCounts(Period.of(YearMonth.of(2026, 9), 1)));
        });
        TestDatabase.inDistrict(emf, DistrictId.of(LH), em -> {
            assertTrue(themes(local(em), caller).themes().isEmpty(), "罗湖 has no theme");
        });
    }

    /** The theme's visits counted in Java from the raw rows. */
    static VisitCounts recountVisits(List<String> numbers) {
        long visits = 0, invalid = 0, contacted = 0, resolved = 0, satisfied = 0, basically = 0, excluded = 0;
        for (Object[] r : fx.select(
                "select v.reached, v.contacted, v.resolved, v.satisfaction,"
                        + " exists (select 1 from matter_exclusion x where x.district_id = v.district_id"
                        + " and x.matter_number = v.matter_number and x.state = 'APPROVED')"
                        + " from return_visit v where v.district_id = 'xicheng' and v.state = 'DONE'"
                        + " and v.matter_number = any (?)",
                (Object) numbers.toArray(String[]::new))) {
            if ((Boolean) r[4]) {
                excluded++;
                continue;
            }
            visits++;
            if (!(Boolean) r[0]) {
                invalid++;
                continue;
            }
            contacted += (Boolean) r[1] ? 1 : 0;
            resolved += (Boolean) r[2] ? 1 : 0;
            satisfied += "SATISFIED".equals(r[3]) ? 1 : 0;
            basically += "BASICALLY_SATISFIED".equals(r[3]) ? 1 : 0;
        }
        return new VisitCounts(visits, invalid, contacted, resolved, satisfied, basically, excluded);
    }

    @Test
    void nothing_of_another_district_shows_in_luohu_but_its_own() {
        TestDatabase.inDistrict(emf, DistrictId.of(LH), em -> {
            HotspotReport categories = hotspots(local(em)).report(OCT, HotspotKind.CATEGORY, 5);
            assertEquals(List.of("C-PARK"), keys(categories.most()));
            assertEquals(4, categories.most().get(0).count());
            assertFalse(categories.most().get(0).name().equals("停车管理"), "西城's duty item names nothing here");
            assertEquals(
                    4,
                    hotspots(local(em))
                            .matters(OCT, HotspotKind.CATEGORY, "C-PARK", 0, 100)
                            .size());
        });
    }
}
