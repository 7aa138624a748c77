package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow's steps, the history they leave, the rating rule and the whistle. */
class MatterWorkflowTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);
    static final RoutingDecision TO_MINSHENG = new RoutingDecision(
            "s1",
            "XC-MS-002",
            "低保",
            RoutingDecision.Rule.TEXT,
            3.2,
            "minsheng",
            List.of("shequ"),
            "v1",
            Text.literal("匹配"));

    static Matter received() {
        return Matter.receive(
                "M-2",
                Channel.API,
                "key-1",
                new Matter.Submission("申请低保", "家里困难", null, "s1", null, null, null, "张三", "13800000000"),
                TimeLimitTest.WORKING,
                T,
                T.plusDays(21),
                "api");
    }

    @Test
    void a_referred_matter_leaves_its_unit_stops_the_streets_clock_and_may_be_taken_back() throws Exception {
        Matter m = received();
        m.dispatch(TO_MINSHENG, "system", T);
        assertThrows(
                RefusedException.class, () -> m.refer(AllowedStepsTest.MARKET, " ", "clerk", T), "a referral says why");
        m.refer(AllowedStepsTest.MARKET, "食品安全由区市场监管局处理", "clerk", T.plusMinutes(5));
        assertEquals(MatterState.REFERRED, m.state());
        assertTrue(m.routing().isEmpty(), "no unit of the street has it");
        assertEquals(AllowedStepsTest.MARKET, m.referral().orElseThrow());
        assertEquals("转办区市场监督管理局：食品安全由区市场监管局处理", m.events().get(2).note().inDefaultLanguage());
        assertTrue(!m.overdue(T.plusDays(30)), "the street's time limit no longer runs");
        assertThrows(RefusedException.class, () -> m.accept("minsheng", "a", T), "no unit may sign for it");
        m.dispatch(TO_MINSHENG, "clerk", T.plusDays(1));
        assertTrue(m.referral().isEmpty(), "taken back: with a unit again");
        assertTrue(m.overdue(T.plusDays(30)));
    }

    @Test
    void a_matter_walks_the_whole_workflow_and_every_step_is_in_its_history() throws Exception {
        Matter m = received();
        assertThrows(RefusedException.class, () -> m.rate(Rating.SATISFIED, "居民", T), "no rating before an answer");
        m.dispatch(TO_MINSHENG, "system", T);
        assertThrows(RefusedException.class, () -> m.accept("pingan", "x", T), "only the unit it was sent to");
        m.accept("minsheng", "a", T.plusMinutes(1));
        m.start("a", T.plusMinutes(2));
        m.respond("已受理低保申请，社区将入户核查", "a", T.plusHours(1));
        m.resolve("a", T.plusDays(1));
        m.rate(Rating.BASICALLY_SATISFIED, "居民", T.plusDays(1));
        assertThrows(
                RefusedException.class, () -> m.rate(Rating.SATISFIED, "居民", T.plusDays(1)), "a matter is rated once");
        assertThrows(
                RefusedException.class,
                () -> m.recordReturnVisit(VisitOutcome.reached(true, true, Rating.SATISFIED, "再次致电")
                        .stamped("clerk", T.plusDays(1), VisitChannel.STAFF)),
                "a return visit cannot overwrite the resident's rating");
        m.reopen("居民认为核查太慢", "clerk", T.plusDays(2));
        assertEquals(MatterState.DISPATCHED, m.state());
        assertEquals(1, m.reopened());
        assertEquals(
                List.of(
                        "RECEIVED",
                        "DISPATCHED",
                        "ACCEPTED",
                        "IN_PROGRESS",
                        "RESPONDED",
                        "RESOLVED",
                        "RATED",
                        "REOPENED"),
                m.events().stream().map(MatterEvent::type).toList());
        assertEquals(MatterState.RESOLVED, m.events().get(7).from());
    }

    @Test
    void a_return_visit_records_the_rating_heard_and_names_the_staff_member_who_called() throws Exception {
        Matter m = received();
        m.dispatch(TO_MINSHENG, "system", T);
        m.accept("minsheng", "a", T);
        m.respond("已处理", "a", T.plusHours(1));
        m.recordReturnVisit(VisitOutcome.reached(true, true, Rating.BASICALLY_SATISFIED, "电话回访，居民认可")
                .stamped("luohu-staff", T.plusDays(1), VisitChannel.STAFF));
        assertEquals(Rating.BASICALLY_SATISFIED, m.rating().orElseThrow());
        MatterEvent rated = m.events().get(m.events().size() - 1);
        assertEquals("RATED", rated.type());
        assertEquals("luohu-staff", rated.actor(), "the history names who called, not the resident");
        assertTrue(rated.note().inDefaultLanguage().contains("回访"), rated.note().toString());
        assertThrows(
                RefusedException.class,
                () -> m.rate(Rating.SATISFIED, "居民（Open311）", T.plusDays(2)),
                "the resident's channel cannot overwrite the rating either");
    }

    @Test
    void the_residents_comment_stays_with_the_rating_in_the_history() throws Exception {
        Matter m = received();
        m.dispatch(TO_MINSHENG, "system", T);
        m.accept("minsheng", "a", T);
        m.respond("已处理", "a", T.plusHours(1));
        m.rate(Rating.NOT_SATISFIED, "  只回了电话，问题还在  ", "居民（网页）", T.plusDays(1));
        MatterEvent rated = m.events().get(m.events().size() - 1);
        assertEquals("RATED", rated.type());
        assertEquals(
                Rating.NOT_SATISFIED.label().inDefaultLanguage() + "：只回了电话，问题还在",
                rated.note().inDefaultLanguage());
        VisitOutcome visit = VisitOutcome.byResident(Rating.NOT_SATISFIED, null, " 只回了电话 ", "居民（网页）", T);
        assertEquals("只回了电话", visit.note());
        assertEquals(false, visit.resolved(), "not satisfied and silent on it: not resolved");
        assertEquals(
                null,
                VisitOutcome.byResident(Rating.SATISFIED, true, "  ", "居民", T).note(),
                "blank is none");
    }

    @Test
    void a_rejection_needs_a_reason_and_a_closed_matter_cannot_be_accepted() throws Exception {
        Matter m = received();
        m.dispatch(TO_MINSHENG, "system", T);
        var refused = assertThrows(RefusedException.class, () -> m.reject("minsheng", " ", "a", T));
        assertEquals("退单须说明理由", refused.getMessage());
        m.reject("minsheng", "不属于本办职责", "a", T);
        assertEquals(MatterState.REJECTED, m.state());
        assertThrows(RefusedException.class, () -> m.accept("minsheng", "a", T));
    }

    @Test
    void a_whistle_summons_departments_who_report_in_and_are_rated() throws Exception {
        Whistle w = Whistle.blow("w1", "M-2", "s1", "clerk", T, 30, "违建涉及多部门", List.of("区城管执法局", "区住建委"));
        assertEquals(T.plusMinutes(30), w.deadline());
        assertThrows(RefusedException.class, () -> w.rate("区住建委", Rating.SATISFIED), "rated before reporting in");
        Whistle reported =
                w.reportIn("区城管执法局", T.plusMinutes(20), "派执法人员到场").reportIn("区住建委", T.plusMinutes(45), "核查房屋安全");
        assertEquals(false, reported.late(reported.summonsOf("区城管执法局").orElseThrow()));
        assertEquals(true, reported.late(reported.summonsOf("区住建委").orElseThrow()));
        Whistle rated = reported.rate("区城管执法局", Rating.SATISFIED);
        assertEquals(Rating.SATISFIED, rated.summonsOf("区城管执法局").orElseThrow().rating());
        assertThrows(RefusedException.class, () -> Whistle.blow("w2", "M-2", "s1", "c", T, 30, "r", List.of(" ")));
    }
}
