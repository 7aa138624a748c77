package com.streetgov.matter.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.matter.domain.VisitChannel;
import com.streetgov.matter.domain.VisitOutcome;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.Text;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Matters, their history and the inbox queries (overdue, return visit due) on the real schema, per district. */
class MatterStorageIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);
    static final TimeLimit DAY = new TimeLimit("H24", "24小时", TimeLimit.Measure.HOURS, 24);
    static EntityManagerFactory emf;

    /** The repository on a resource-local EntityManager: its joinTransaction (for JTA) becomes a no-op. */
    static JpaMatterRepository repository(jakarta.persistence.EntityManager em) {
        JpaMatterRepository repository = new JpaMatterRepository();
        TestDatabase.inject(repository, "current", TestDatabase.joined(em));
        return repository;
    }

    static Matter matter(JpaMatterRepository repo, String title, String key) throws Exception {
        Matter m = Matter.receive(
                repo.nextNumber(T.toLocalDate()),
                Channel.API,
                key,
                new Matter.Submission(title, title + "的详细情况", null, "street-1", null, null, null, null, null),
                DAY,
                T,
                T.plusHours(24),
                "api");
        m.dispatch(
                new RoutingDecision(
                        "street-1",
                        "XC-MS-002",
                        "低保",
                        RoutingDecision.Rule.TEXT,
                        3.0,
                        "minsheng",
                        List.of(),
                        "v",
                        Text.literal("匹配")),
                "system",
                T);
        repo.add(m);
        return m;
    }

    /** The return-visit repository on the same EntityManager. */
    static JpaReturnVisitRepository visits(jakarta.persistence.EntityManager em) {
        JpaReturnVisitRepository visits = new JpaReturnVisitRepository();
        TestDatabase.inject(visits, "current", TestDatabase.joined(em));
        return visits;
    }

    @BeforeAll
    static void seed() throws Exception {
        emf = TestDatabase.fresh("streetgov_it_matter").entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            try {
                JpaMatterRepository repo = repository(em);
                JpaReturnVisitRepository visits = visits(em);
                Matter answered = matter(repo, "甲 已答复未回访", "k-a");
                answered.accept("minsheng", "a", T.plusMinutes(5));
                answered.respond("已处理", "a", T.plusHours(2));
                repo.update(answered, 2);
                visits.save(ReturnVisit.afterAnswer(answered.number(), T.plusHours(2)));
                Matter visited = matter(repo, "乙 已回访", null);
                visited.accept("minsheng", "a", T);
                visited.respond("已处理", "a", T.plusHours(1));
                VisitOutcome call = VisitOutcome.reached(true, true, Rating.SATISFIED, "居民表示满意")
                        .stamped("a", T.plusDays(2), VisitChannel.STAFF);
                visited.recordReturnVisit(call);
                repo.update(visited, 2);
                ReturnVisit done = ReturnVisit.afterAnswer(visited.number(), T.plusHours(1));
                done.record(call);
                visits.save(done);
                matter(repo, "丙 未答复", null);
                // Rated by the resident: no staff note on the matter, yet its visit is done.
                Matter rated = matter(repo, "丁 居民已评价", null);
                rated.accept("minsheng", "a", T);
                rated.respond("已处理", "a", T.plusHours(1));
                rated.rate(Rating.SATISFIED, "居民（Open311）", T.plusHours(5));
                repo.update(rated, 2);
                ReturnVisit byResident = ReturnVisit.afterAnswer(rated.number(), T.plusHours(1));
                byResident.ratedByResident(
                        VisitOutcome.byResident(Rating.SATISFIED, null, "居民（Open311）", T.plusHours(5)));
                visits.save(byResident);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static List<String> titles(List<MatterSummary> rows) {
        return rows.stream().map(MatterSummary::title).sorted().toList();
    }

    @Test
    void the_inbox_finds_overdue_and_return_visit_due_matters_as_of_a_time() {
        LocalDateTime later = T.plusDays(3);
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            JpaMatterRepository repo = repository(em);
            assertEquals(4, repo.count(new InboxQuery("street-1", "minsheng", null, null, false, later)));
            assertEquals(
                    List.of("丙 未答复"), titles(repo.inbox(new InboxQuery(null, null, null, null, true, later), 0, 10)));
            assertEquals(
                    List.of("甲 已答复未回访"),
                    titles(repo.inbox(new InboxQuery(null, null, null, null, false, true, later), 0, 10)),
                    "待回访: the matters whose return visit is DUE, not those rated by the resident or visited");
            assertEquals(
                    List.of("甲 已答复未回访"),
                    titles(repo.inbox(new InboxQuery(null, null, null, null, false, true, T.plusHours(3)), 0, 10)),
                    "as in the visit queue, a visit is to do from the answer on, before the time limit ends");
            assertEquals(1, repo.count(new InboxQuery(null, null, null, null, false, true, later)));
            assertEquals(
                    List.of(),
                    titles(repo.inbox(new InboxQuery(null, null, null, null, true, T.plusHours(1)), 0, 10)),
                    "nothing is overdue an hour in");
            assertEquals(
                    List.of("乙 已回访"), titles(repo.inbox(new InboxQuery(null, null, null, "已回访", false, later), 0, 10)));
        });
        TestDatabase.inDistrict(
                emf,
                LUOHU,
                em -> assertEquals(0, repository(em).count(new InboxQuery(null, null, null, null, false, later))));
    }

    @Test
    void a_referred_matter_keeps_its_department_leaves_its_unit_and_its_clock_stops() throws Exception {
        LocalDateTime t = T.plusDays(10);
        LocalDateTime month = T.plusDays(40);
        String[] number = new String[1];
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            try {
                JpaMatterRepository repo = repository(em);
                Matter m = Matter.receive(
                        repo.nextNumber(t.toLocalDate()),
                        Channel.API,
                        null,
                        new Matter.Submission("戊 超市卖过期食品", "牛奶过期", null, "street-1", null, null, null, null, null),
                        DAY,
                        t,
                        t.plusHours(24),
                        "api");
                m.refer(new com.streetgov.matter.domain.Referral("qu-scjg", "西城区市场监督管理局"), "食品安全", "system", t);
                repo.add(m);
                number[0] = m.number();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            JpaMatterRepository repo = repository(em);
            Matter m = repo.find(number[0]).orElseThrow();
            assertEquals(com.streetgov.matter.domain.MatterState.REFERRED, m.state());
            assertEquals("西城区市场监督管理局", m.referral().orElseThrow().name());
            assertTrue(m.routing().isEmpty());
            assertTrue(
                    titles(repo.inbox(new InboxQuery(null, null, null, null, true, month), 0, 50)).stream()
                            .noneMatch(title -> title.startsWith("戊")),
                    "not overdue for the street");
            assertEquals(
                    1,
                    repo.count(new InboxQuery(
                            null, null, com.streetgov.matter.domain.MatterState.REFERRED, null, false, month)));
        });
        // Overdue matters get a return visit to do; the referred one does not (rolled back: other tests).
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class,
                () -> TestDatabase.inDistrict(emf, XICHENG, em -> {
                    visits(em).addOverdue(month);
                    assertTrue(visits(em).find(number[0]).isEmpty(), "no return visit for a referred matter");
                    throw new IllegalStateException("rolled back");
                }));
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            try {
                JpaMatterRepository repo = repository(em);
                Matter m = repo.find(number[0]).orElseThrow();
                int known = m.events().size();
                m.dispatch(
                        new RoutingDecision(
                                "street-1",
                                "XC-PA-001",
                                "平安",
                                RoutingDecision.Rule.MANUAL,
                                1,
                                "pingan",
                                List.of(),
                                "v",
                                Text.literal("部门退回")),
                        "clerk",
                        t.plusHours(1));
                repo.update(m, known);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            Matter m = repository(em).find(number[0]).orElseThrow();
            assertTrue(m.referral().isEmpty(), "taken back from the department");
            assertEquals("pingan", m.routing().orElseThrow().leadUnit());
            assertEquals(
                    List.of("RECEIVED", "REFERRED", "DISPATCHED"),
                    m.events().stream().map(e -> e.type()).toList());
        });
    }

    @Test
    void a_matter_reads_back_with_its_whole_history_and_by_its_key_in_its_district_only() {
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            JpaMatterRepository repo = repository(em);
            Matter m = repo.findByKey("k-a").orElseThrow();
            assertEquals("甲 已答复未回访", m.submission().title());
            assertEquals(
                    List.of("RECEIVED", "DISPATCHED", "ACCEPTED", "RESPONDED"),
                    m.events().stream().map(e -> e.type()).toList());
            assertEquals("minsheng", m.routing().orElseThrow().leadUnit());
            assertTrue(m.number().startsWith("20261102-"), m.number());
        });
        TestDatabase.inDistrict(
                emf, LUOHU, em -> assertTrue(repository(em).findByKey("k-a").isEmpty()));
    }

    @Test
    void each_district_counts_its_own_numbers_per_day_without_gaps_or_repeats_under_concurrency() throws Exception {
        java.time.LocalDate day = T.toLocalDate().plusDays(1);
        List<String> numbers = new java.util.ArrayList<>();
        TestDatabase.inDistrict(emf, XICHENG, em -> numbers.add(repository(em).nextNumber(day)));
        TestDatabase.inDistrict(emf, LUOHU, em -> numbers.add(repository(em).nextNumber(day)));
        TestDatabase.inDistrict(emf, XICHENG, em -> numbers.add(repository(em).nextNumber(day)));
        assertEquals(List.of("20261103-000001", "20261103-000001", "20261103-000002"), numbers);
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class,
                () -> TestDatabase.inDistrict(emf, LUOHU, em -> {
                    repository(em).nextNumber(day.plusDays(1));
                    throw new IllegalStateException("rolled back");
                }));
        var parallel = java.util.stream.IntStream.range(0, 8)
                .parallel()
                .mapToObj(i -> {
                    List<String> one = new java.util.ArrayList<>();
                    TestDatabase.inDistrict(
                            emf, LUOHU, em -> one.add(repository(em).nextNumber(day.plusDays(1))));
                    return one.get(0);
                })
                .sorted()
                .toList();
        assertEquals(
                java.util.stream.IntStream.rangeClosed(1, 8)
                        .mapToObj(i -> String.format("20261104-%06d", i))
                        .toList(),
                parallel,
                "a rolled-back number is handed out again, concurrent ones never twice");
    }
}
