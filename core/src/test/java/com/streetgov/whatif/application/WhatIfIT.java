package com.streetgov.whatif.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.application.ResultsIT;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.application.RoutingContexts;
import com.streetgov.matter.domain.Router;
import com.streetgov.reform.domain.ModelValidatorTest;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import com.streetgov.whatif.domain.LeaderlessDuty;
import com.streetgov.whatif.domain.Placement;
import com.streetgov.whatif.domain.ReplayTest;
import com.streetgov.whatif.domain.ReplayedMatter;
import com.streetgov.whatif.domain.WhatIfReport;
import com.streetgov.whatif.domain.WhatIfReport.Effect;
import com.streetgov.whatif.infrastructure.SqlPastMatters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What-if runs (issue 16) on the real schema under row-level security. Xicheng's model is {@link
 * ModelValidatorTest#valid()} (综合部 zonghe, 民生事务部 minsheng, 公共事务中心 gonggong in 南湖 nanhu and 黄贝
 * huangbei, in force since 2016) plus a draft "v2" without 民生事务部. Its duty list: I1 led by minsheng
 * alone, I2 by minsheng else gonggong, I3 by zonghe, I4 by gonggong. The matters are written as the
 * owner — routed ones, one at the desk, one referred, one before the period — and Luohu gets matters of
 * its own that must never be counted. Every expected figure is recounted here by SQL.
 */
class WhatIfIT {

    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 25);

    static TestDatabase db;
    static EntityManagerFactory emf;

    /** number, street, item, lead unit, state, received. */
    static final String[][] MATTERS = {
        {"X01", "nanhu", "I1", "minsheng", "DISPATCHED", "2026-10-03T09:00"},
        {"X02", "nanhu", "I1", "minsheng", "RESOLVED", "2026-10-12T09:00"},
        {"X03", "nanhu", "I1", "minsheng", "CLOSED", "2026-11-02T09:00"},
        {"X04", "nanhu", "I2", "minsheng", "ACCEPTED", "2026-10-20T09:00"},
        {"X05", "nanhu", "I2", "minsheng", "RESOLVED", "2026-11-20T09:00"},
        {"X06", "nanhu", "I3", "zonghe", "RESOLVED", "2026-10-05T09:00"},
        {"X07", "nanhu", "I3", "zonghe", "DISPATCHED", "2026-11-24T18:00"},
        {"X08", "nanhu", null, null, "RECEIVED", "2026-11-10T09:00"},
        {"X09", "nanhu", null, null, "REFERRED", "2026-11-11T09:00"},
        {"X10", "huangbei", "I1", "minsheng", "RESOLVED", "2026-10-08T09:00"},
        {"X11", "huangbei", "I2", "minsheng", "RESOLVED", "2026-10-09T09:00"},
        {"X12", "huangbei", "I4", "gonggong", "RESOLVED", "2026-10-10T09:00"},
        {"X13", "huangbei", "I4", "gonggong", "RESOLVED", "2026-11-25T20:00"},
        {"X00", "nanhu", "I1", "minsheng", "CLOSED", "2026-09-30T23:59"},
    };

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.fresh("streetgov_it_whatif");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        try (Connection c = db.connect();
                PreparedStatement m = c.prepareStatement("insert into matter (district_id, number, channel, title,"
                        + " description, street, time_limit, time_limit_name, time_measure, time_amount,"
                        + " received_at, due_at, state, item_code, item_name, lead_unit, referred_to, referred_name)"
                        + " values (?, ?, 'PHONE', '诉求', '详情', ?, 'D5', '5个工作日', 'WORKING_DAYS', 5, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)")) {
            for (String district : List.of("xicheng", "luohu")) {
                for (String[] r : MATTERS) {
                    LocalDateTime at = LocalDateTime.parse(r[5]);
                    m.setString(1, district);
                    m.setString(2, r[0]);
                    m.setString(3, r[1]);
                    m.setObject(4, at);
                    m.setObject(5, at.plusDays(7));
                    m.setString(6, r[4]);
                    m.setString(7, r[2]);
                    m.setString(8, r[2] == null ? null : "事项" + r[2]);
                    m.setString(9, r[3]);
                    m.setString(10, "REFERRED".equals(r[4]) ? "dept-a" : null);
                    m.setString(11, "REFERRED".equals(r[4]) ? "区住建委" : null);
                    m.executeUpdate();
                }
            }
            // Luohu's extra matters of I1: counted by no Xicheng run
            c.createStatement()
                    .executeUpdate("update matter set item_code = 'I1', lead_unit = 'minsheng' where district_id ="
                            + " 'luohu' and street = 'huangbei'");
        }
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static final List<DutyItem> ITEMS = List.of(
            ReplayTest.item("I1", "minsheng"),
            ReplayTest.item("I2", "minsheng", "gonggong"),
            ReplayTest.item("I3", "zonghe"),
            ReplayTest.item("I4", "gonggong"));

    @Test
    void a_unit_removed_from_a_draft_layout_strands_or_reassigns_exactly_its_matters() {
        WhatIfReport r = run(s -> s.reformVersion("v2", FROM, TO, n -> {}, () -> false));

        assertEquals(
                sql("select count(*) from matter where district_id = 'xicheng' and received_at >= ?"
                        + " and received_at < ?"),
                r.total());
        // 民生事务部's matters are all lost, street by street
        for (String street : List.of("nanhu", "huangbei")) {
            Effect minsheng = effect(r, street, "minsheng");
            assertEquals(
                    sql("select count(*) from matter where district_id = 'xicheng' and lead_unit = 'minsheng'"
                            + " and street = '" + street + "' and received_at >= ? and received_at < ?"),
                    minsheng.lost().size());
            assertEquals(0, minsheng.draft());
            assertEquals(minsheng.now(), minsheng.lost().size());
        }
        // I1 had no other lead: stranded; I2 falls to 公共事务中心
        assertEquals(
                sql("select count(*) from matter where district_id = 'xicheng' and item_code = 'I1'"
                        + " and received_at >= ? and received_at < ?"),
                r.stranded().size());
        assertEquals(
                List.of("X01", "X02", "X03", "X10"),
                r.stranded().stream().map(m -> m.matter().number()).toList());
        assertEquals("民生事务部", r.stranded().get(0).now().name());
        assertEquals("routing.noLead", r.stranded().get(0).why().key());
        assertEquals(List.of("X04", "X05"), effect(r, "nanhu", "gonggong").gained());
        assertEquals(List.of("X11"), effect(r, "huangbei", "gonggong").gained());
        assertEquals(
                sql("select count(*) from matter where district_id = 'xicheng' and item_code in ('I1', 'I2')"
                        + " and received_at >= ? and received_at < ?"),
                r.moved().size());
        // the desk, the referred matter, 综合部 and the matter before the period stay out of it
        assertEquals(2, effect(r, "nanhu", "zonghe").now());
        assertTrue(effect(r, "nanhu", "zonghe").gained().isEmpty());
        assertTrue(r.matters().stream().noneMatch(m -> m.matter().number().equals("X00")));
        assertEquals(
                List.of(Placement.Kind.DESK, Placement.Kind.DEPARTMENT),
                r.matters().stream()
                        .filter(m -> List.of("X08", "X09").contains(m.matter().number()))
                        .map(m -> m.draft().kind())
                        .toList());
        assertEquals(
                List.of(new LeaderlessDuty("nanhu", "I1", "事项I1"), new LeaderlessDuty("huangbei", "I1", "事项I1")),
                r.leaderless());
        assertEquals(
                "以2026-10-01至2026-11-25受理的事项试算改革模型版本v2“v2”：共13件，7件将改派，4件将无承办科室，2项职责将无牵头科室",
                r.summary().inDefaultLanguage());
    }

    @Test
    void a_draft_duty_list_moving_one_items_lead_moves_exactly_that_items_matters() {
        List<DutyItem> draft = new ArrayList<>(ITEMS);
        draft.set(2, ReplayTest.item("I3", "gonggong"));
        WhatIfReport r = run(s -> s.dutyList(draft, FROM, TO, n -> {}, () -> false));
        assertEquals(
                sql("select count(*) from matter where district_id = 'xicheng' and item_code = 'I3'"
                        + " and received_at >= ? and received_at < ?"),
                r.moved().size());
        assertEquals(
                List.of("I3"),
                r.moved().stream().map(m -> m.matter().itemCode()).distinct().toList());
        for (ReplayedMatter m : r.moved()) {
            assertEquals(Placement.unit("zonghe", "综合部"), m.now());
            assertEquals(Placement.unit("gonggong", "公共事务中心"), m.draft());
        }
        assertEquals(List.of(), r.stranded());
        assertEquals(List.of(), r.leaderless());
    }

    @Test
    void a_streets_own_division_of_one_item_moves_exactly_that_streets_matters_of_it() {
        WhatIfReport r = run(s ->
                s.redivision(new StreetAssignment("nanhu", "I3", List.of("gonggong")), FROM, TO, n -> {}, () -> false));
        assertEquals(
                sql("select count(*) from matter where district_id = 'xicheng' and item_code = 'I3'"
                        + " and street = 'nanhu' and received_at >= ? and received_at < ?"),
                r.moved().size());
        assertEquals(
                List.of("X06", "X07"),
                r.moved().stream().map(m -> m.matter().number()).toList());
        assertEquals(List.of("X06", "X07"), effect(r, "nanhu", "gonggong").gained());
        assertEquals(
                "以2026-10-01至2026-11-25受理的事项试算南湖街道调整“事项I3”的牵头科室：共13件，2件将改派，0件将无承办科室，0项职责将无牵头科室",
                r.summary().inDefaultLanguage());
        refused(
                "street",
                "whatif.streetUnknown",
                s -> s.redivision(
                        new StreetAssignment("nowhere", "I3", List.of("gonggong")), FROM, TO, n -> {}, () -> false));
        refused(
                "item",
                "whatif.itemUnknown",
                s -> s.redivision(
                        new StreetAssignment("nanhu", "I9", List.of("gonggong")), FROM, TO, n -> {}, () -> false));
    }

    @Test
    void a_version_in_force_an_unknown_one_and_bad_periods_are_refused_and_a_run_can_be_cancelled() {
        refused("version", "whatif.versionInForce", s -> s.reformVersion("all", FROM, TO, n -> {}, () -> false));
        refused("version", "whatif.versionNotFound", s -> s.reformVersion("v9", FROM, TO, n -> {}, () -> false));
        refused("from", "whatif.period.order", s -> s.reformVersion("v2", TO, FROM, n -> {}, () -> false));
        refused("to", "whatif.period.future", s -> s.reformVersion("v2", FROM, TO.plusDays(1), n -> {}, () -> false));
        refused(
                "from",
                "whatif.period.tooLong",
                s -> s.reformVersion("v2", TO.minusDays(WhatIfService.MAX_DAYS), TO, n -> {}, () -> false));
        AtomicInteger heard = new AtomicInteger(-1);
        assertThrows(
                CancellationException.class, () -> run(s -> s.reformVersion("v2", FROM, TO, heard::set, () -> true)));
        WhatIfReport done = run(s -> s.reformVersion("v2", FROM, TO, heard::set, () -> false));
        assertEquals(done.total(), heard.get(), "the last progress is the number of matters");
    }

    // ---- wiring ---------------------------------------------------------------------------------------

    interface Work<T> {
        T run(WhatIfService service) throws Exception;
    }

    static <T> T run(Work<T> work) {
        List<T> out = new ArrayList<>();
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            try {
                out.add(work.run(service(em)));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out.get(0);
    }

    static void refused(String field, String key, Work<?> work) {
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> run(work));
        RefusedException e = (RefusedException) wrapped.getCause();
        assertEquals(key, e.text().key(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
    }

    static WhatIfService service(EntityManager em) {
        ModelVersion v2 = ReplayTest.copy(
                "v2",
                VersionStatus.DRAFT,
                null,
                ReplayTest.ALL.units().stream()
                        .filter(u -> !u.code().equals("minsheng"))
                        .toList());
        ReformModel model = ReplayTest.model(List.of(ReplayTest.ALL, v2));
        Router router = new Router(model, ITEMS, List.of(), null, DispatchCatalog.EMPTY);
        RoutingContexts.Context context = new RoutingContexts.Context(
                model, router, null, null, List.of(), ITEMS, DispatchCatalog.EMPTY, List.of(), 0, 0, 0);
        WhatIfService service = new WhatIfService();
        service.contexts = new RoutingContexts() {
            @Override
            public Context current() {
                return context;
            }
        };
        SqlPastMatters past = new SqlPastMatters();
        TestDatabase.inject(past, "current", TestDatabase.joined(em));
        service.past = past;
        service.clock = new MatterClock() {
            @Override
            public LocalDateTime now() {
                return ResultsIT.NOW.withHour(23);
            }
        };
        return service;
    }

    static Effect effect(WhatIfReport r, String street, String unit) {
        return r.effects().stream()
                .filter(e -> e.street().equals(street)
                        && e.place().kind() == Placement.Kind.UNIT
                        && e.place().code().equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError(street + "/" + unit + " in " + r.effects()));
    }

    /** A count over the period [FROM, TO] (the two ? are its bounds), as the owner. */
    static int sql(String query) {
        try (Connection c = db.connect();
                PreparedStatement p = c.prepareStatement(query)) {
            p.setObject(1, FROM.atStartOfDay());
            p.setObject(2, TO.plusDays(1).atStartOfDay());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
