package com.streetgov.matter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.ReturnVisitSummary;
import com.streetgov.matter.domain.RoutingDecision;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.matter.domain.VisitChannel;
import com.streetgov.matter.domain.VisitOutcome;
import com.streetgov.matter.infrastructure.JpaMatterRepository;
import com.streetgov.matter.infrastructure.JpaReturnVisitRepository;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Return visits on the real schema, through the services: answering makes a visit due, a passed time
 * limit makes one (once, however often the queue is read), the resident's own rating completes it, a
 * staff call is recorded once and reopening makes it due again; nobody of another district — nor
 * street staff of another street — sees it.
 */
class ReturnVisitIT {

    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 10, 10, 0);
    static final TimeLimit DAY = new TimeLimit("H24", "24小时", TimeLimit.Measure.HOURS, 24);
    static final Map<String, String> STREETS = Map.of("德胜街道", "desheng", "金融街街道", "jinrongjie");
    static final Caller XICHENG_ADMIN = user("xicheng-admin", CallerRole.DISTRICT_ADMIN, XICHENG, null);
    static final Caller DESHENG_STAFF = user("xicheng-staff", CallerRole.STREET_STAFF, XICHENG, "德胜街道");
    static final Caller JINRONG_STAFF = user("jinrong-staff", CallerRole.STREET_STAFF, XICHENG, "金融街街道");
    static TestDatabase db;
    static EntityManagerFactory emf;

    static Caller user(String name, CallerRole role, DistrictId district, String street) {
        return Caller.user(name, Set.of(role), Optional.of(district), Optional.ofNullable(street));
    }

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("streetgov_it_visits");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    /** The services wired to repositories on a resource-local EntityManager, with a fixed clock. */
    static final class Wired {
        final MatterService matters = new MatterService();
        final JpaMatterRepository matterRepository = new JpaMatterRepository();
        final JpaReturnVisitRepository visitRepository = new JpaReturnVisitRepository();
        final CurrentCaller caller = new CurrentCaller();
        final ReturnVisitService visits = new ReturnVisitService() {
            @Override
            Optional<String> streetCode(String name) {
                return Optional.ofNullable(STREETS.get(name));
            }
        };

        Wired(EntityManager em, Caller as, LocalDateTime now) {
            EntityManager local = TestDatabase.joined(em);
            TestDatabase.inject(matterRepository, "current", local);
            TestDatabase.inject(visitRepository, "current", local);
            MatterClock clock = new MatterClock() {
                @Override
                public LocalDateTime now() {
                    return now;
                }
            };
            caller.set(as);
            matters.repository = matterRepository;
            matters.visits = visitRepository;
            matters.clock = clock;
            visits.visits = visitRepository;
            visits.matters = matterRepository;
            visits.clock = clock;
            visits.caller = caller;
        }

        /** A matter received {@code at}, 24 h limit, dispatched to 民生保障办 of {@code street} and accepted. */
        String matter(String title, String street, LocalDateTime at) throws Exception {
            Matter m = Matter.receive(
                    matterRepository.nextNumber(at.toLocalDate()),
                    Channel.WINDOW,
                    null,
                    new Matter.Submission(title, title + "的详细情况", null, street, null, null, null, "王女士", "13800000000"),
                    DAY,
                    at,
                    at.plusHours(24),
                    "clerk");
            m.dispatch(
                    new RoutingDecision(
                            street,
                            "XC-MS-002",
                            "低保",
                            RoutingDecision.Rule.TEXT,
                            3.0,
                            "minsheng",
                            List.of(),
                            "v",
                            Text.literal("匹配")),
                    "system",
                    at);
            m.accept("minsheng", "clerk", at);
            matterRepository.add(m);
            return m.number();
        }
    }

    interface Work<T> {
        T run(Wired w) throws Exception;
    }

    /** Runs {@code work} as {@code caller} at {@code now} in one transaction of the caller's district. */
    static <T> T as(Caller caller, LocalDateTime now, Work<T> work) {
        Object[] result = new Object[1];
        TestDatabase.inDistrict(emf, caller.district().orElseThrow(), em -> {
            try {
                result[0] = work.run(new Wired(em, caller, now));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    static List<String> queue(Caller caller, LocalDateTime now) {
        return as(caller, now, w -> w.visits.due(null, 0, 100).stream()
                .map(ReturnVisitSummary::matterNumber)
                .toList());
    }

    static long rows(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void answering_makes_a_visit_due_two_days_later_that_only_the_own_district_and_street_see() throws Exception {
        String number = as(XICHENG_ADMIN, NOW, w -> w.matter("楼道灯坏了", "desheng", NOW.minusHours(3)));
        as(DESHENG_STAFF, NOW, w -> w.matters.respond(number, "已更换灯泡", "clerk"));

        ReturnVisit visit = as(XICHENG_ADMIN, NOW, w -> w.visits.find(number).orElseThrow());
        assertEquals(ReturnVisit.State.DUE, visit.state());
        assertEquals(NOW.plus(ReturnVisit.DELAY), visit.dueAt());
        ReturnVisitSummary row = as(XICHENG_ADMIN, NOW, w -> w.visits.due(null, 0, 100).stream()
                .filter(r -> r.matterNumber().equals(number))
                .findFirst()
                .orElseThrow());
        assertEquals("楼道灯坏了", row.title());
        assertEquals("13800000000", row.residentPhone(), "the queue gives what the call needs");
        assertTrue(queue(DESHENG_STAFF, NOW).contains(number), "the street's own staff see it");
        assertFalse(queue(JINRONG_STAFF, NOW).contains(number), "staff of another street do not");
        assertTrue(as(JINRONG_STAFF, NOW, w -> w.visits.find(number)).isEmpty());
        assertFalse(
                as(JINRONG_STAFF, NOW, w -> w.visits.due("desheng", 0, 100)).stream()
                        .anyMatch(r -> r.matterNumber().equals(number)),
                "asking for another street changes nothing for street staff");

        Caller luohuStaff = user("luohu-staff", CallerRole.STREET_STAFF, LUOHU, "德胜街道");
        Caller luohuAdmin = user("luohu-admin", CallerRole.DISTRICT_ADMIN, LUOHU, null);
        assertFalse(queue(luohuStaff, NOW).contains(number), "staff of another district do not see it");
        assertFalse(queue(luohuAdmin, NOW).contains(number));
        assertTrue(as(luohuAdmin, NOW, w -> w.visits.find(number)).isEmpty());
        assertEquals(0L, (long) as(luohuAdmin, NOW, w -> w.visits.countDue()));
    }

    @Test
    void a_time_limit_passed_unanswered_gives_one_visit_however_often_the_queue_is_read() throws Exception {
        LocalDateTime received = NOW.minusDays(3);
        String late = as(XICHENG_ADMIN, NOW, w -> w.matter("井盖缺失", "jinrongjie", received));
        String inTime = as(XICHENG_ADMIN, NOW, w -> w.matter("垃圾未清运", "jinrongjie", NOW.minusHours(1)));
        long before = as(JINRONG_STAFF, NOW, w -> w.visits.countDue());
        assertTrue(queue(JINRONG_STAFF, NOW).contains(late));
        assertFalse(queue(JINRONG_STAFF, NOW).contains(inTime), "still within its time limit");
        assertEquals(before, (long) as(JINRONG_STAFF, NOW, w -> w.visits.countDue()), "reading again creates nothing");
        assertEquals(1, rows("select count(*) from return_visit where matter_number = '" + late + "'"));
        ReturnVisit visit = as(XICHENG_ADMIN, NOW, w -> w.visits.find(late).orElseThrow());
        assertEquals(received.plusHours(24).plus(ReturnVisit.DELAY), visit.dueAt(), "due 2 days after the deadline");
        assertEquals(NOW, visit.createdAt());
        // Answered late, the visit falls due 2 days after the answer.
        as(XICHENG_ADMIN, NOW, w -> w.matters.respond(late, "已补装井盖", "clerk"));
        assertEquals(
                NOW.plus(ReturnVisit.DELAY),
                as(XICHENG_ADMIN, NOW, w -> w.visits.find(late).orElseThrow().dueAt()));
    }

    @Test
    void the_residents_own_rating_completes_the_visit_as_the_resident_says() throws Exception {
        String number = as(XICHENG_ADMIN, NOW, w -> w.matter("噪音扰民", "desheng", NOW.minusHours(5)));
        as(XICHENG_ADMIN, NOW, w -> w.matters.respond(number, "已协调施工方", "clerk"));
        Caller resident = Caller.resident(XICHENG, "open311");
        as(resident, NOW.plusHours(1), w -> w.matters.rate(number, Rating.BASICALLY_SATISFIED, false, "居民（Open311）"));

        ReturnVisit visit = as(XICHENG_ADMIN, NOW, w -> w.visits.find(number).orElseThrow());
        assertEquals(ReturnVisit.State.DONE, visit.state());
        VisitOutcome o = visit.outcome().orElseThrow();
        assertEquals(VisitChannel.RESIDENT, o.channel());
        assertTrue(o.reached() && o.contacted());
        assertFalse(o.resolved(), "as the resident said");
        assertEquals(Rating.BASICALLY_SATISFIED, o.satisfaction());
        assertEquals("居民（Open311）", o.visitedBy());
        assertFalse(queue(XICHENG_ADMIN, NOW).contains(number), "done, out of the queue");
        var again = assertThrows(
                IllegalStateException.class,
                () -> as(
                        DESHENG_STAFF,
                        NOW,
                        w -> w.visits.record(number, VisitOutcome.reached(true, true, Rating.SATISFIED, null))));
        assertTrue(again.getCause() instanceof RefusedException, again.toString());
        assertEquals("RESIDENT", stringOf("select channel from return_visit where matter_number = '" + number + "'"));
    }

    @Test
    void a_staff_call_is_recorded_once_with_the_matters_rating_and_reopening_makes_it_due_again() throws Exception {
        String number = as(XICHENG_ADMIN, NOW, w -> w.matter("路面塌陷", "desheng", NOW.minusHours(5)));
        as(XICHENG_ADMIN, NOW, w -> w.matters.respond(number, "已修补", "clerk"));
        LocalDateTime call = NOW.plusDays(2);
        as(
                DESHENG_STAFF,
                call,
                w -> w.visits.record(number, VisitOutcome.reached(true, false, Rating.NOT_SATISFIED, "仍有积水")));
        Matter m = as(XICHENG_ADMIN, call, w -> w.matterRepository.find(number).orElseThrow());
        assertEquals(Rating.NOT_SATISFIED, m.rating().orElseThrow());
        assertEquals(
                List.of("RETURN_VISIT", "RATED"),
                m.events().subList(m.events().size() - 2, m.events().size()).stream()
                        .map(e -> e.type())
                        .toList());
        assertEquals("xicheng-staff", m.events().get(m.events().size() - 1).actor(), "who called, from the caller");
        VisitOutcome o = as(
                XICHENG_ADMIN,
                call,
                w -> w.visits.find(number).orElseThrow().outcome().orElseThrow());
        assertEquals(call, o.visitedAt());
        assertEquals(VisitChannel.STAFF, o.channel());

        var twice = assertThrows(
                IllegalStateException.class,
                () -> as(
                        DESHENG_STAFF,
                        call,
                        w -> w.visits.record(
                                number, VisitOutcome.unreached(VisitOutcome.Unreached.UNREACHABLE, null))));
        assertEquals("诉求" + number + "的回访已完成，不能重复登记", twice.getCause().getMessage());

        as(XICHENG_ADMIN, call, w -> {
            w.matters.resolve(number, "clerk");
            return w.matters.reopen(number, "居民仍不满意", "clerk");
        });
        ReturnVisit reopened =
                as(XICHENG_ADMIN, call, w -> w.visits.find(number).orElseThrow());
        assertEquals(ReturnVisit.State.DUE, reopened.state());
        assertTrue(queue(DESHENG_STAFF, call).contains(number));
        assertTrue(
                as(XICHENG_ADMIN, call, w -> w.matterRepository.find(number).orElseThrow())
                        .rating()
                        .isEmpty(),
                "the next answer is rated anew; the history keeps the earlier rating");
        assertEquals(0, rows("select count(*) from return_visit where state = 'DUE' and satisfaction is not null"));
    }

    static String stringOf(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
