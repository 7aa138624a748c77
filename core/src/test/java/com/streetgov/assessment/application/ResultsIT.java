package com.streetgov.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.TrendPoint;
import com.streetgov.assessment.infrastructure.SqlResultsRepository;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.infrastructure.JpaAuditRepository;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import com.streetgov.whatif.application.RulesWhatIf;
import com.streetgov.whatif.domain.RankMove;
import com.streetgov.whatif.domain.RulesEffect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Results on the real schema under row-level security: matters, return visits and exclusions made by
 * hand in two 19th–18th periods of Xicheng and one calendar month of Luohu (same street codes, same
 * numbers), figures per street, unit, area and category, ranking, trend, drill-down equal to each
 * denominator, and Xicheng's 解决率 and 满意率 recounted with plain SQL over the raw return_visit rows.
 * Today is 25 November 2026: the running period is 2026-12 (19 Nov – 18 Dec), the latest complete
 * one 2026-11 (19 Oct – 18 Nov), before it 2026-10.
 */
public class ResultsIT {

    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final DistrictId LUOHU = DistrictId.of("luohu");
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);
    static final Period NOVEMBER = Period.of(YearMonth.of(2026, 11), 19);
    static final Period OCTOBER = Period.of(YearMonth.of(2026, 10), 19);

    static TestDatabase db;
    static EntityManagerFactory emf;

    /** number, street, unit, category (item I1 = area 市容环境 when the category is 道路), received, outcome, exclusion. */
    static final String[][] XICHENG_MATTERS = {
        {"N01", "s1", "u1", "道路", "2026-10-19T00:00", "c r S", null},
        {"N02", "s1", "u1", "道路", "2026-11-18T23:59", "c r B", null},
        {"N03", "s1", "u2", null, "2026-10-25T10:00", "c - N", null},
        {"N04", "s1", "u2", null, "2026-10-26T10:00", "UNREACHABLE", null},
        {"N05", "s1", "u1", "道路", "2026-10-27T10:00", "c r S", "APPROVED"},
        {"N06", "s1", "u1", "道路", "2026-10-28T10:00", "- - N", "REQUESTED"},
        {"N07", "s2", "u1", "道路", "2026-11-01T10:00", "c r S", null},
        {"N08", "s2", "u1", null, "2026-11-02T10:00", "c r S", null},
        {"N09", "s2", "u1", "道路", "2026-11-03T10:00", "c r B", null},
        {"N10", "s2", "u1", "道路", "2026-11-04T10:00", "DUE", null},
        {"N11", "s1", "u1", "道路", "2026-11-19T00:00", "c r S", null},
        {"N12", "s1", "u1", "道路", "2026-10-18T23:59", "c r S", null},
        {"N13", "s2", "u1", "道路", "2026-10-10T10:00", "c - B", null},
        {"N14", "s1", "u1", "道路", "2026-11-05T10:00", "c r S", "REFUSED"},
    };

    /** Luohu: the same numbers and street codes, calendar months, all visits divide. */
    static final String[][] LUOHU_MATTERS = {
        {"N01", "s1", "u1", "道路", "2026-10-20T10:00", "c r S", null},
        {"N02", "s1", "u1", "道路", "2026-10-21T10:00", "REFUSED", null},
        {"N03", "s1", "u1", "道路", "2026-10-22T10:00", "- - N", null},
    };

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.fresh("streetgov_it_results");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        try (Connection c = db.connect()) {
            insert(c, "xicheng", XICHENG_MATTERS);
            insert(c, "luohu", LUOHU_MATTERS);
            try (Statement s = c.createStatement()) {
                for (String d : List.of("xicheng", "luohu")) {
                    s.execute(
                            "insert into duty_item (district_id, code, name, area, level, street_role, effective_from)"
                                    + " values ('" + d
                                    + "', 'I1', '道路维护', '市容环境', 'STREET', 'LEAD', date '2020-01-01')");
                }
            }
        }
        as(
                XICHENG,
                service -> service.installRulesIfAbsent(
                        rules("模板", LocalDate.of(2020, 1, 1), 19, Denominator.VALID_VISITS), "测试"));
        as(
                LUOHU,
                service -> service.installRulesIfAbsent(
                        rules("模板", LocalDate.of(2020, 1, 1), 1, Denominator.ALL_VISITS), "测试"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static AssessmentRules rules(String version, LocalDate from, int startDay, Denominator denominator) {
        AssessmentRules d = AssessmentRules.defaults(from);
        return new AssessmentRules(
                version,
                from,
                startDay,
                denominator,
                d.basicWeight(),
                d.weightResponse(),
                d.weightResolution(),
                d.weightSatisfaction(),
                3,
                d.exclusionKinds());
    }

    /** Matters with their return visits (and exclusions), rows as in {@link #XICHENG_MATTERS}, as the owner. */
    public static void insert(Connection c, String district, String[][] matters) throws Exception {
        try (PreparedStatement m = c.prepareStatement(
                        "insert into matter (district_id, number, channel, title,"
                                + " description, street, category, time_limit, time_limit_name, time_measure, time_amount,"
                                + " received_at, due_at, state, item_code, lead_unit)"
                                + " values (?, ?, 'PHONE', ?, '详情', ?, ?, 'D5', '5个工作日', 'WORKING_DAYS', 5, ?, ?, 'CLOSED', ?, ?)");
                PreparedStatement v = c.prepareStatement("insert into return_visit (district_id, matter_number, state,"
                        + " created_at, due_at, channel, reached, unreached, contacted, resolved, satisfaction,"
                        + " visited_by, visited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement x = c.prepareStatement(
                        "insert into matter_exclusion (district_id, matter_number,"
                                + " kind, reason, requested_by, requested_at, state) values (?, ?, 'REPEAT', '重复诉求', 'staff', ?, ?)")) {
            for (String[] row : matters) {
                LocalDateTime received = LocalDateTime.parse(row[4]);
                m.setString(1, district);
                m.setString(2, row[0]);
                m.setString(3, "诉求" + row[0]);
                m.setString(4, row[1]);
                m.setString(5, row[3]);
                m.setObject(6, received);
                m.setObject(7, received.plusDays(7));
                m.setString(8, "道路".equals(row[3]) ? "I1" : null);
                m.setString(9, row[2]);
                m.executeUpdate();
                String outcome = row[5];
                boolean done = !outcome.equals("DUE");
                boolean reached = outcome.contains(" ");
                v.setString(1, district);
                v.setString(2, row[0]);
                v.setString(3, done ? "DONE" : "DUE");
                v.setObject(4, received.plusDays(2));
                v.setObject(5, received.plusDays(9));
                v.setString(6, done ? "STAFF" : null);
                v.setObject(7, done ? reached : null);
                v.setString(8, done && !reached ? outcome : null);
                v.setObject(9, reached ? outcome.charAt(0) == 'c' : null);
                v.setObject(10, reached ? outcome.charAt(2) == 'r' : null);
                v.setString(
                        11,
                        !reached
                                ? null
                                : switch (outcome.charAt(4)) {
                                    case 'S' -> "SATISFIED";
                                    case 'B' -> "BASICALLY_SATISFIED";
                                    default -> "NOT_SATISFIED";
                                });
                v.setString(12, done ? "回访员" : null);
                v.setObject(13, done ? received.plusDays(3) : null);
                v.executeUpdate();
                if (row[6] != null) {
                    x.setString(1, district);
                    x.setString(2, row[0]);
                    x.setObject(3, received.plusDays(1));
                    x.setString(4, row[6]);
                    x.executeUpdate();
                }
            }
        }
    }

    /** Runs {@code work} with a ResultsService of {@code district}, as its district admin, today = {@link #NOW}. */
    static void as(DistrictId district, ThrowingConsumer work) {
        TestDatabase.inDistrict(emf, district, em -> {
            try {
                work.accept(service(em, district));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface ThrowingConsumer {
        void accept(ResultsService service) throws Exception;
    }

    /** A ResultsService of {@code district} on {@code em}, as its district admin, today = {@link #NOW}. */
    public static ResultsService service(EntityManager em, DistrictId district) throws Exception {
        EntityManager joined = TestDatabase.joined(em);
        ResultsService service = new ResultsService();
        SqlResultsRepository repository = new SqlResultsRepository();
        set(repository, "current", joined);
        service.repository = repository;
        service.names = new ResultNames() {
            @Override
            public Names on(LocalDate day) {
                return new Names(
                        Map.of("s1", "一街道", "s2", "二街道"), Map.of("s1/u1", "城管办", "s1/u2", "民生办", "s2/u1", "平安办"));
            }
        };
        CurrentCaller caller = new CurrentCaller();
        caller.set(Caller.user(
                district.value() + "-admin",
                Set.of(CallerRole.DISTRICT_ADMIN),
                Optional.of(district),
                Optional.empty()));
        service.caller = caller;
        CurrentDistrict current = new CurrentDistrict();
        current.set(district);
        service.district = current;
        ConfigChanges changes = new ConfigChanges();
        JpaAuditRepository audit = new JpaAuditRepository();
        set(audit, "current", joined);
        set(changes, "repository", audit);
        set(changes, "caller", caller);
        service.changes = changes;
        service.clock = new MatterClock() {
            @Override
            public LocalDateTime now() {
                return NOW;
            }
        };
        return service;
    }

    static void set(Object target, String field, Object value) {
        TestDatabase.inject(target, field, value);
    }

    static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    static Ranking.Row row(List<Ranking.Row> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void the_periods_follow_the_19th_to_18th_rules_and_today() {
        as(XICHENG, s -> {
            assertEquals(NOVEMBER, s.latestPeriod());
            assertEquals(Period.of(YearMonth.of(2026, 12), 19), s.runningPeriod());
            assertEquals(OCTOBER, s.periodBefore(NOVEMBER));
            assertEquals(19, s.rulesInForce(NOW.toLocalDate()).periodStartDay());
        });
        as(LUOHU, s -> assertEquals(Period.of(YearMonth.of(2026, 10), 1), s.latestPeriod()));
    }

    /**
     * Issue 16: draft rules cutting calendar months and dividing by all visits, tried on November. By
     * hand: Nov 1–30 holds s1's N02 (B), N11 (S), N14 (S, refusal only) and s2's N07 (S), N08 (S), N09
     * (B), N10 (due): each street 3 visits, all resolved, satisfaction (1 + 1 + 0.9) / 3 — a tie, so
     * s1 climbs from 2nd to share 1st; its drill-down under the draft is exactly those three matters.
     */
    @Test
    void draft_rules_are_tried_on_the_latest_period_and_drill_down_to_what_they_count() {
        as(XICHENG, s -> {
            RulesWhatIf whatIf = new RulesWhatIf();
            TestDatabase.inject(whatIf, "results", s);
            AssessmentRules draft = rules("草案", LocalDate.of(2027, 1, 1), 1, Denominator.ALL_VISITS);
            RulesEffect effect = whatIf.tryRules(draft);
            assertEquals(NOVEMBER, effect.now());
            assertEquals(Period.of(YearMonth.of(2026, 11), 1), effect.draftPeriod());
            RankMove s1 = effect.streets().stream()
                    .filter(m -> m.street().equals("s1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of(2, 1, 1), List.of(s1.now().rank(), s1.draft().rank(), s1.climb()));
            assertEquals(3, s1.draft().rates().denominator());
            same("1", s1.draft().rates().resolution());
            assertEquals("96.67", Rates.percent(s1.draft().rates().satisfaction()));
            assertEquals(
                    List.of("N02", "N11", "N14"),
                    whatIf.counted(effect, "s1").stream()
                            .filter(CountedMatter::counted)
                            .map(CountedMatter::number)
                            .sorted()
                            .toList());
            assertEquals(s1.now(), row(s.figures(Dimension.STREET, NOVEMBER), "s1"), "today's side is the results'");
            AssessmentRules unbalanced = new AssessmentRules(
                    "坏",
                    draft.effectiveFrom(),
                    1,
                    Denominator.ALL_VISITS,
                    draft.basicWeight(),
                    draft.weightResponse().add(BigDecimal.ONE),
                    draft.weightResolution(),
                    draft.weightSatisfaction(),
                    3,
                    draft.exclusionKinds());
            assertThrows(RefusedException.class, () -> whatIf.tryRules(unbalanced));
        });
    }

    @Test
    void street_figures_ranked_with_names_from_hand_counts() {
        as(XICHENG, s -> {
            List<Ranking.Row> rows = s.figures(Dimension.STREET, NOVEMBER);
            assertEquals(
                    List.of("s2", "s1"), rows.stream().map(Ranking.Row::key).toList());
            Ranking.Row s1 = row(rows, "s1");
            assertEquals("一街道", s1.name());
            assertEquals(2, s1.rank());
            // s1: N01 N02 N03 N04(invalid) N06(requested only) N14(refused only); N05 excluded
            assertEquals(6, s1.rates().counts().visits());
            assertEquals(1, s1.rates().counts().invalid());
            assertEquals(1, s1.rates().counts().excluded());
            assertEquals(5, s1.rates().denominator());
            same("0.8", s1.rates().response());
            same("0.6", s1.rates().resolution());
            same("0.58", s1.rates().satisfaction()); // (2 + 0.9) / 5
            same("0.612", s1.rates().composite());
            Ranking.Row s2 = row(rows, "s2"); // N07 N08 N09; N10's visit is still due
            assertEquals(1, s2.rank());
            assertEquals(3, s2.rates().denominator());
            same("1", s2.rates().resolution());
            assertEquals("96.67", Rates.percent(s2.rates().satisfaction()));
        });
    }

    @Test
    void unit_area_and_category_figures() {
        as(XICHENG, s -> {
            List<Ranking.Row> units = s.figures(Dimension.UNIT, NOVEMBER);
            assertEquals(
                    List.of("s2/u1:1", "s1/u1:2", "s1/u2:null"),
                    units.stream().map(r -> r.key() + ":" + r.rank()).toList());
            Ranking.Row u1 = row(units, "s1/u1");
            assertEquals("一街道 城管办", u1.name());
            assertEquals(4, u1.rates().denominator());
            same("0.75", u1.rates().resolution());
            same("0.725", u1.rates().satisfaction());
            assertEquals(1, row(units, "s1/u2").rates().counts().valid(), "below the minimum of 3: not ranked");

            List<Ranking.Row> categories = s.figures(Dimension.CATEGORY, NOVEMBER);
            Ranking.Row road = row(categories, "道路");
            assertEquals(6, road.rates().denominator());
            same("0.8333333333", road.rates().resolution());
            Ranking.Row none = row(categories, "未分类");
            assertEquals(3, none.rates().counts().visits());
            assertEquals(2, none.rates().denominator());
            same("0.5", none.rates().resolution());

            List<Ranking.Row> areas = s.figures(Dimension.AREA, NOVEMBER);
            assertEquals(
                    Set.of("市容环境", "未分类"), areas.stream().map(Ranking.Row::key).collect(Collectors.toSet()));
            assertEquals(road.rates(), row(areas, "市容环境").rates());
        });
    }

    @Test
    void district_rates_and_the_trend_over_two_periods() {
        as(XICHENG, s -> {
            Rates november = s.district(NOVEMBER);
            assertEquals(8, november.denominator());
            same("0.875", november.response());
            same("0.75", november.resolution());
            same("0.725", november.satisfaction());
            List<TrendPoint> trend = s.trend(null, null, 2);
            assertEquals(
                    List.of(OCTOBER, NOVEMBER),
                    trend.stream().map(TrendPoint::period).toList());
            same("0.5", trend.get(0).rates().resolution()); // N12 resolved, N13 not
            same("0.95", trend.get(0).rates().satisfaction());
            assertEquals(november, trend.get(1).rates());
            List<TrendPoint> s1 = s.trend(Dimension.STREET, "s1", 3);
            assertEquals(0, s1.get(0).rates().denominator());
            same("1", s1.get(1).rates().resolution()); // N12 only (18 Oct 23:59)
            same("0.6", s1.get(2).rates().resolution());
            Rates running = s.district(s.runningPeriod());
            assertEquals(1, running.counts().visits(), "N11 (19 Nov 00:00) is in the running period");
        });
    }

    @Test
    void every_figure_drills_down_to_exactly_its_counted_matters() {
        as(XICHENG, s -> {
            for (Dimension dimension : Dimension.values()) {
                for (Period period : List.of(OCTOBER, NOVEMBER)) {
                    for (Ranking.Row row : s.figures(dimension, period)) {
                        List<CountedMatter> rows = s.drillDown(dimension, row.key(), period);
                        assertEquals(
                                row.rates().denominator(),
                                rows.stream().filter(CountedMatter::counted).count(),
                                dimension + " " + row.key() + " " + period.label());
                        assertEquals(
                                row.rates().counts().visits()
                                        + row.rates().counts().excluded(),
                                rows.size());
                    }
                }
            }
            List<CountedMatter> all = s.drillDown(null, null, NOVEMBER);
            assertEquals(
                    s.district(NOVEMBER).denominator(),
                    all.stream().filter(CountedMatter::counted).count());
            assertEquals(
                    List.of("N01", "N03", "N04", "N05", "N06", "N07", "N08", "N09", "N14", "N02"),
                    all.stream().map(CountedMatter::number).toList());
            CountedMatter n05 = all.stream()
                    .filter(m -> m.number().equals("N05"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(n05.excluded());
            assertFalse(n05.counted());
            assertEquals("重复诉求且无新情况", n05.exclusionKind());
            assertEquals("重复诉求", n05.exclusionReason());
            CountedMatter n04 = all.stream()
                    .filter(m -> m.number().equals("N04"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(n04.invalid());
            assertFalse(n04.counted());
            assertEquals("UNREACHABLE", n04.unreached());
            CountedMatter n06 = all.stream()
                    .filter(m -> m.number().equals("N06"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(n06.counted(), "a requested exclusion does not exclude");
            assertEquals("一街道", n06.streetName());
            assertEquals("城管办", n06.unitName());
            assertEquals("REQUESTED", n06.exclusionState());
        });
    }

    @Test
    void another_district_never_appears_and_all_visits_divide_in_luohu() {
        as(XICHENG, s -> {
            List<CountedMatter> all = s.drillDown(null, null, NOVEMBER);
            assertTrue(all.stream()
                    .noneMatch(m -> m.title().equals("诉求N01") && m.receivedAt().getDayOfMonth() == 20));
            assertEquals(10, all.size());
        });
        as(LUOHU, s -> {
            Period october = s.latestPeriod();
            List<Ranking.Row> streets = s.figures(Dimension.STREET, october);
            assertEquals(1, streets.size());
            Rates s1 = streets.get(0).rates();
            assertEquals(3, s1.denominator(), "all visits divide: the refused one too");
            same("0.3333333333", s1.resolution());
            List<CountedMatter> rows = s.drillDown(Dimension.STREET, "s1", october);
            assertEquals(3, rows.stream().filter(CountedMatter::counted).count());
            assertEquals(
                    List.of("N01", "N02", "N03"),
                    rows.stream().map(CountedMatter::number).toList());
            assertEquals(
                    0,
                    s.figures(Dimension.STREET, Period.of(YearMonth.of(2026, 11), 1))
                            .size());
        });
    }

    @Test
    void resolution_and_satisfaction_recounted_with_plain_sql_from_the_raw_visit_rows() throws Exception {
        long valid;
        long resolved;
        long satisfied;
        long basically;
        try (Connection c = db.connect();
                PreparedStatement q = c.prepareStatement("select count(*) filter (where v.reached),"
                        + " count(*) filter (where v.reached and v.resolved),"
                        + " count(*) filter (where v.reached and v.satisfaction = 'SATISFIED'),"
                        + " count(*) filter (where v.reached and v.satisfaction = 'BASICALLY_SATISFIED')"
                        + " from return_visit v join matter m on m.district_id = v.district_id and m.number = v.matter_number"
                        + " where v.district_id = 'xicheng' and v.state = 'DONE'"
                        + " and m.received_at >= timestamp '2026-10-19 00:00' and m.received_at < timestamp '2026-11-19 00:00'"
                        + " and not exists (select 1 from matter_exclusion x where x.district_id = v.district_id"
                        + " and x.matter_number = v.matter_number and x.state = 'APPROVED')")) {
            try (ResultSet r = q.executeQuery()) {
                r.next();
                valid = r.getLong(1);
                resolved = r.getLong(2);
                satisfied = r.getLong(3);
                basically = r.getLong(4);
            }
        }
        assertEquals(8, valid);
        BigDecimal resolution = BigDecimal.valueOf(resolved).divide(BigDecimal.valueOf(valid), MathContext.DECIMAL64);
        BigDecimal satisfaction = BigDecimal.valueOf(satisfied)
                .add(new BigDecimal("0.9").multiply(BigDecimal.valueOf(basically)))
                .divide(BigDecimal.valueOf(valid), MathContext.DECIMAL64);
        as(XICHENG, s -> {
            Rates rates = s.district(NOVEMBER);
            assertEquals(Rates.percent(resolution), Rates.percent(rates.resolution()));
            assertEquals(Rates.percent(satisfaction), Rates.percent(rates.satisfaction()));
            assertEquals(0, resolution.compareTo(rates.resolution()));
            assertEquals(0, satisfaction.compareTo(rates.satisfaction()));
        });
    }

    @Test
    void rules_versions_are_refused_naming_the_field_saved_and_audited() throws Exception {
        as(XICHENG, s -> {
            AssessmentRules next = rules("2027版", LocalDate.of(2027, 1, 19), 19, Denominator.VALID_VISITS);
            assertRefused("reason", () -> s.saveRules(next, " "));
            assertRefused(
                    "version",
                    () -> s.saveRules(rules("模板", LocalDate.of(2027, 2, 19), 19, Denominator.VALID_VISITS), "重复"));
            assertRefused(
                    "effectiveFrom",
                    () -> s.saveRules(rules("另一版", LocalDate.of(2020, 1, 1), 19, Denominator.VALID_VISITS), "同日"));
            assertRefused(
                    "periodStartDay",
                    () -> s.saveRules(rules("坏", LocalDate.of(2027, 3, 1), 30, Denominator.VALID_VISITS), "坏"));
            assertFalse(s.installRulesIfAbsent(next, "已有版本则不装"));
        });
        as(
                XICHENG,
                s -> s.saveRules(rules("2027版", LocalDate.of(2027, 1, 19), 19, Denominator.ALL_VISITS), "按区文件调整分母"));
        as(XICHENG, s -> {
            assertEquals(
                    List.of("2027版", "模板"),
                    s.rulesHistory().stream().map(AssessmentRules::version).toList());
            assertEquals(
                    Denominator.ALL_VISITS,
                    s.rulesInForce(LocalDate.of(2027, 1, 19)).denominator());
            assertEquals(
                    Denominator.VALID_VISITS,
                    s.rulesInForce(LocalDate.of(2027, 1, 18)).denominator());
            assertEquals(
                    Denominator.VALID_VISITS,
                    s.district(NOVEMBER).counts().visits() > 0
                            ? s.rulesInForce(NOVEMBER.start()).denominator()
                            : null);
        });
        as(
                LUOHU,
                s -> assertEquals(
                        List.of("模板"),
                        s.rulesHistory().stream().map(AssessmentRules::version).toList()));
        try (Connection c = db.connect();
                Statement st = c.createStatement();
                ResultSet r = st.executeQuery("select actor, reason, summary from config_change"
                        + " where district_id = 'xicheng' and area = 'ASSESSMENT_RULES' order by at desc")) {
            assertTrue(r.next());
            assertEquals("xicheng-admin", r.getString(1));
            assertEquals("按区文件调整分母", r.getString(2));
            assertTrue(r.getString(3).contains("2027版") && r.getString(3).contains("全部回访"), r.getString(3));
        }
    }

    @Test
    void the_baseline_is_entered_checked_and_audited() throws Exception {
        as(LUOHU, s -> {
            assertEquals(Optional.empty(), s.baseline());
            assertRefused(
                    "satisfaction",
                    () -> s.saveBaseline(
                            new Baseline("改革前", null, new BigDecimal("0.3917"), new BigDecimal("65.76"), null), "录入"));
            assertRefused(
                    "reason",
                    () -> s.saveBaseline(
                            new Baseline("改革前", null, new BigDecimal("0.3917"), new BigDecimal("0.6576"), null), ""));
            s.saveBaseline(
                    new Baseline("改革前（2018年）", null, new BigDecimal("0.3917"), new BigDecimal("0.6576"), "西城区公开数据"),
                    "按公开数据录入");
        });
        as(LUOHU, s -> {
            Baseline b = s.baseline().orElseThrow();
            same("0.3917", b.resolution());
            same("0.6576", b.satisfaction());
            assertEquals(null, b.response());
        });
        as(XICHENG, s -> assertEquals(Optional.empty(), s.baseline()));
        try (Connection c = db.connect();
                Statement st = c.createStatement();
                ResultSet r = st.executeQuery(
                        "select count(*) from config_change where district_id = 'luohu' and area = 'BASELINE'")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }

    interface Refusable {
        void run() throws Exception;
    }

    static void assertRefused(String field, Refusable action) {
        RefusedException e = assertThrows(RefusedException.class, action::run);
        assertTrue(e.getMessage().startsWith(field) || e.getMessage().contains(field + "（"), e.getMessage());
    }
}
