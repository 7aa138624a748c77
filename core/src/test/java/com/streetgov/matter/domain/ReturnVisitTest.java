package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.RefusedException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The return visit's rules on hand-made cases: due dates, invalid visits, once only, reopen, the resident's rating. */
class ReturnVisitTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);

    static VisitOutcome byStaff(VisitOutcome o, LocalDateTime at) {
        return o.stamped("luohu-staff", at, VisitChannel.STAFF);
    }

    @Test
    void an_answer_makes_a_visit_due_two_days_later_and_a_later_answer_moves_it() {
        ReturnVisit v = ReturnVisit.afterAnswer("M-1", T);
        assertEquals(ReturnVisit.State.DUE, v.state());
        assertEquals(T.plusDays(2), v.dueAt());
        assertFalse(v.overdue(T.plusDays(2)));
        assertTrue(v.overdue(T.plusDays(2).plusSeconds(1)));
        v.answered(T.plusDays(5));
        assertEquals(T.plusDays(7), v.dueAt());
    }

    @Test
    void an_unreachable_resident_makes_an_invalid_visit_that_names_why_and_nothing_else() throws Exception {
        ReturnVisit v = ReturnVisit.afterAnswer("M-1", T);
        var missing = assertThrows(
                RefusedException.class,
                () -> v.record(byStaff(new VisitOutcome(false, null, null, null, null, "占线", null, null, null), T)));
        assertTrue(missing.getMessage().contains("unreached"), missing.getMessage());
        assertThrows(
                RefusedException.class,
                () -> v.record(byStaff(
                        new VisitOutcome(
                                false,
                                VisitOutcome.Unreached.REFUSED,
                                true,
                                null,
                                Rating.SATISFIED,
                                null,
                                null,
                                null,
                                null),
                        T)),
                "an unreached resident said nothing about satisfaction");
        assertEquals(ReturnVisit.State.DUE, v.state(), "a refused record changes nothing");
        v.record(byStaff(VisitOutcome.unreached(VisitOutcome.Unreached.UNREACHABLE, "三次未接通"), T.plusDays(2)));
        assertEquals(ReturnVisit.State.DONE, v.state());
        assertFalse(v.outcome().orElseThrow().valid());
        assertEquals("luohu-staff", v.outcome().orElseThrow().visitedBy());
    }

    @Test
    void a_reached_resident_answers_contact_resolution_and_satisfaction() {
        ReturnVisit v = ReturnVisit.afterAnswer("M-1", T);
        for (VisitOutcome incomplete : List.of(
                new VisitOutcome(true, null, null, true, Rating.SATISFIED, null, null, null, null),
                new VisitOutcome(true, null, true, null, Rating.SATISFIED, null, null, null, null),
                new VisitOutcome(true, null, true, true, null, null, null, null, null),
                new VisitOutcome(
                        true, VisitOutcome.Unreached.REFUSED, true, true, Rating.SATISFIED, null, null, null, null))) {
            assertThrows(RefusedException.class, () -> v.record(byStaff(incomplete, T)), incomplete.toString());
        }
        assertThrows(
                RefusedException.class,
                () -> v.record(byStaff(VisitOutcome.reached(true, true, Rating.SATISFIED, "长".repeat(1001)), T)));
    }

    @Test
    void a_done_visit_cannot_be_recorded_again() throws Exception {
        ReturnVisit v = ReturnVisit.afterAnswer("M-1", T);
        v.record(byStaff(VisitOutcome.reached(true, false, Rating.NOT_SATISFIED, "问题仍在"), T.plusDays(2)));
        var again = assertThrows(
                RefusedException.class,
                () -> v.record(byStaff(VisitOutcome.reached(true, true, Rating.SATISFIED, null), T.plusDays(3))));
        assertEquals("诉求M-1的回访已完成，不能重复登记", again.getMessage());
        assertEquals(Rating.NOT_SATISFIED, v.outcome().orElseThrow().satisfaction(), "the first outcome stays");
    }

    @Test
    void reopening_puts_a_done_visit_back_to_due_without_its_outcome() throws Exception {
        ReturnVisit v = ReturnVisit.afterAnswer("M-1", T);
        v.record(byStaff(VisitOutcome.reached(true, false, Rating.NOT_SATISFIED, null), T.plusDays(2)));
        v.reopened(T.plusDays(3));
        assertEquals(ReturnVisit.State.DUE, v.state());
        assertEquals(Optional.empty(), v.outcome());
        assertEquals(T.plusDays(5), v.dueAt());
        v.record(byStaff(VisitOutcome.reached(true, true, Rating.SATISFIED, null), T.plusDays(6)));
        assertEquals(ReturnVisit.State.DONE, v.state());
    }

    @Test
    void the_residents_own_rating_counts_as_the_visit_and_may_replace_only_an_invalid_one() throws Exception {
        VisitOutcome unsaid = VisitOutcome.byResident(Rating.BASICALLY_SATISFIED, null, "居民（Open311）", T);
        assertEquals(VisitChannel.RESIDENT, unsaid.channel());
        assertTrue(unsaid.reached() && unsaid.contacted() && unsaid.resolved());
        assertFalse(
                VisitOutcome.byResident(Rating.NOT_SATISFIED, null, "居民", T).resolved(),
                "not satisfied → not resolved");
        assertFalse(VisitOutcome.byResident(Rating.SATISFIED, false, "居民", T).resolved(), "as the resident says");

        ReturnVisit invalid = ReturnVisit.afterAnswer("M-1", T);
        invalid.record(byStaff(VisitOutcome.unreached(VisitOutcome.Unreached.REFUSED, null), T.plusDays(2)));
        invalid.ratedByResident(unsaid);
        assertEquals(VisitChannel.RESIDENT, invalid.outcome().orElseThrow().channel());

        ReturnVisit valid = ReturnVisit.afterAnswer("M-2", T);
        valid.record(byStaff(VisitOutcome.reached(true, true, Rating.SATISFIED, null), T.plusDays(2)));
        assertThrows(RefusedException.class, () -> valid.ratedByResident(unsaid));
    }

    @Test
    void the_matter_keeps_the_visit_in_its_history_and_a_valid_one_as_its_rating() throws Exception {
        Matter m = Matter.receive(
                "M-3",
                Channel.WINDOW,
                null,
                new Matter.Submission("路灯不亮", "门口路灯坏了", null, "s1", null, null, null, null, null),
                new TimeLimit("H24", "24小时", TimeLimit.Measure.HOURS, 24),
                T,
                T.plusHours(24),
                "clerk");
        m.recordReturnVisit(byStaff(VisitOutcome.unreached(VisitOutcome.Unreached.UNREACHABLE, null), T));
        assertEquals(Optional.empty(), m.rating(), "an invalid visit rates nothing");
        assertEquals("RETURN_VISIT", m.events().get(m.events().size() - 1).type());
        assertTrue(
                m.returnVisit().orElseThrow().contains("无法接通"), m.returnVisit().orElseThrow());
        m.recordReturnVisit(byStaff(VisitOutcome.reached(false, false, Rating.NOT_SATISFIED, "单位未联系"), T));
        assertEquals(Rating.NOT_SATISFIED, m.rating().orElseThrow());
        assertEquals(
                List.of("RECEIVED", "RETURN_VISIT", "RETURN_VISIT", "RATED"),
                m.events().stream().map(MatterEvent::type).toList());
    }
}
