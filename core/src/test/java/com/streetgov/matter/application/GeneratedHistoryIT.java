package com.streetgov.matter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.matter.infrastructure.CopyGeneratedHistoryStore;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk load of generated history on the real schema, as the application's role under row-level
 * security: every table's rows arrive (text with tabs, line breaks and backslashes intact), all flagged
 * and in the loading district only, and a second load writes nothing.
 */
class GeneratedHistoryIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final LocalDateTime T = LocalDateTime.of(2026, 10, 20, 9, 30);
    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("streetgov_it_generated");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /** The service on a resource-local EntityManager of {@code district}, in one transaction. */
    static <T> T in(DistrictId district, Function<GeneratedHistory, T> work) {
        List<T> result = new ArrayList<>();
        TestDatabase.inDistrict(emf, district, em -> {
            EntityManager local = TestDatabase.joined(em);
            CopyGeneratedHistoryStore store = new CopyGeneratedHistoryStore();
            TestDatabase.inject(store, "current", local);
            GeneratedHistory service = new GeneratedHistory();
            service.store = store;
            result.add(work.apply(service));
        });
        return result.get(0);
    }

    static GeneratedMatter matter(String number, boolean reached, boolean excluded, boolean whistle) {
        RoutingDecision routing = new RoutingDecision(
                "street-1",
                "XC-MS-001",
                "人力社保",
                RoutingDecision.Rule.CATEGORY,
                1.0,
                "minsheng",
                List.of("zonghe"),
                "district-2018",
                Text.literal("按所选类别分派"));
        String title = "社保\t咨询\n第二行 \\ 反斜杠";
        List<MatterEvent> events = List.of(
                new MatterEvent(1, T, "一窗受理（演示）", "RECEIVED", null, MatterState.RECEIVED, Text.literal(title)),
                new MatterEvent(
                        2, T, "system", "DISPATCHED", MatterState.RECEIVED, MatterState.DISPATCHED, Text.literal("分派")),
                new MatterEvent(
                        3,
                        T.plusHours(3),
                        "街道",
                        "RESPONDED",
                        MatterState.DISPATCHED,
                        MatterState.RESPONDED,
                        Text.literal("已答复")),
                new MatterEvent(4, T.plusHours(5), "system", "CLOSED", MatterState.RESPONDED, MatterState.CLOSED, null),
                new MatterEvent(
                        5,
                        T.plusHours(9),
                        "回访员",
                        "RETURN_VISIT",
                        MatterState.CLOSED,
                        MatterState.CLOSED,
                        Text.literal("回访")));
        GeneratedMatter.Visit visit = reached
                ? new GeneratedMatter.Visit(
                        T.plusHours(5),
                        T.plusDays(3),
                        "STAFF",
                        true,
                        null,
                        true,
                        true,
                        "BASICALLY_SATISFIED",
                        "已解决；基本满意",
                        "回访员",
                        T.plusHours(9))
                : new GeneratedMatter.Visit(
                        T.plusHours(5),
                        T.plusDays(3),
                        "STAFF",
                        false,
                        "UNREACHABLE",
                        null,
                        null,
                        null,
                        "无人接听",
                        "回访员",
                        T.plusHours(9));
        return new GeneratedMatter(
                number,
                Channel.WINDOW,
                new Matter.Submission(
                        title, title + "。", "地址", "street-1", "street-1-c1", null, "XC-MS-001", "王先生", null),
                com.streetgov.matter.application.MatterService.DEFAULT_LIMITS.get(0),
                T,
                T.plusHours(24),
                routing,
                "已答复",
                reached ? Rating.BASICALLY_SATISFIED : null,
                "已解决；基本满意",
                events,
                visit,
                excluded
                        ? new GeneratedMatter.Exclusion(
                                "REPEAT", "重复", "街道", T.plusDays(1), "xicheng-admin", T.plusDays(2), "同意")
                        : null,
                whistle
                        ? new Whistle(
                                "GW" + number.substring(1),
                                number,
                                "street-1",
                                "街道",
                                T.plusHours(1),
                                30,
                                "吹哨",
                                List.of(
                                        new Whistle.Summons("区城市管理委", T.plusMinutes(80), "到场", Rating.SATISFIED),
                                        new Whistle.Summons("区水务局", null, null, null)))
                        : null);
    }

    static long count(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void a_batch_lands_in_every_table_of_its_district_once() throws Exception {
        assertFalse(in(XICHENG, GeneratedHistory::present));
        List<GeneratedMatter> first = List.of(
                matter("G20261020-000001", true, false, true),
                matter("G20261020-000002", false, false, false),
                matter("G20261020-000003", true, true, false));
        List<GeneratedMatter> second = List.of(matter("G20261021-000001", true, false, false));
        long written = in(XICHENG, s -> s.loadIfAbsent(List.of(first, second)));
        // 4 matters, 20 events, 4 visits, 1 exclusion, 1 whistle, 2 summons
        assertEquals(32, written);
        assertTrue(in(XICHENG, GeneratedHistory::present));
        assertFalse(in(LUOHU, GeneratedHistory::present), "another district sees none");
        long again = in(XICHENG, s -> s.loadIfAbsent(List.of(first)));
        assertEquals(0L, again, "a second load writes nothing");

        assertEquals(
                4,
                count("select count(*) from matter where district_id = 'xicheng' and generated and state = 'CLOSED'"));
        assertEquals(
                0, count("select count(*) from matter where district_id <> 'xicheng' and number like 'G20261020%'"));
        assertEquals(20, count("select count(*) from matter_event where district_id = 'xicheng'"));
        assertEquals(
                3,
                count(
                        "select count(*) from return_visit where district_id = 'xicheng' and state = 'DONE' and reached"));
        assertEquals(1, count("select count(*) from return_visit where unreached = 'UNREACHABLE' and not reached"));
        assertEquals(1, count("select count(*) from matter_exclusion where state = 'APPROVED' and kind = 'REPEAT'"));
        assertEquals(1, count("select count(*) from whistle where id = 'GW20261020-000001'"));
        assertEquals(1, count("select count(*) from whistle_summons where reported_at is null"));
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select title, assisting_units, rating, received_at from matter"
                        + " where number = 'G20261020-000001'")) {
            r.next();
            assertEquals("社保\t咨询\n第二行 \\ 反斜杠", r.getString(1));
            // as MatterEntity stores a list (TextListConverter): one encoding for COPY and JPA alike
            assertEquals("[\"zonghe\"]", r.getString(2));
            assertEquals("BASICALLY_SATISFIED", r.getString(3));
            assertEquals(T, r.getTimestamp(4).toLocalDateTime());
        }
    }

    @Test
    void a_thousand_matters_load_in_well_under_a_second_each_hundred() {
        List<GeneratedMatter> batch = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            batch.add(matter(String.format("G20261101-%06d", i), i % 30 != 0, false, i % 100 == 0));
        }
        AtomicLong took = new AtomicLong();
        Long written = in(LUOHU, s -> {
            long start = System.nanoTime();
            long n = s.loadIfAbsent(List.of(batch));
            took.set((System.nanoTime() - start) / 1_000_000);
            return n;
        });
        assertEquals(1000 + 5000 + 1000 + 10 + 20, written);
        System.out.println("[GeneratedHistoryIT] 1000 matters, " + written + " rows in " + took.get() + " ms");
        assertTrue(took.get() < 10_000, "bulk, not row by row: " + took.get() + " ms");
    }
}
