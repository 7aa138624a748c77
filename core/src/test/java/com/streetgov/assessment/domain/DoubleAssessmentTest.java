package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.Rating;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The double assessment's rules on hand-made summonses: on time, late, awaiting, missed, scores, ranks. */
class DoubleAssessmentTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 10, 5, 9, 0);
    static final BigDecimal W = new BigDecimal("0.9");

    static SummonsFact summons(
            String whistle, String street, String department, Integer reportedAfter, Rating rating, MatterState state) {
        return new SummonsFact(
                whistle,
                "M-" + whistle,
                street,
                street + "街道",
                T,
                30,
                department,
                reportedAfter == null ? null : T.plusMinutes(reportedAfter),
                rating,
                state);
    }

    @Test
    void a_report_at_the_deadline_is_on_time_a_minute_after_it_late() {
        assertTrue(summons("w", "s", "d", 30, null, MatterState.CLOSED).onTime());
        assertFalse(summons("w", "s", "d", 30, null, MatterState.CLOSED).late());
        assertTrue(summons("w", "s", "d", 31, null, MatterState.CLOSED).late());
        assertFalse(summons("w", "s", "d", 31, null, MatterState.CLOSED).onTime());
        SummonsFact silent = summons("w", "s", "d", null, null, MatterState.CLOSED);
        assertFalse(silent.onTime() || silent.late());
        assertTrue(silent.awaiting(T.plusMinutes(30)), "at the deadline it may still report in");
        assertTrue(silent.missed(T.plusMinutes(31)));
        assertFalse(silent.missed(T.plusMinutes(30)));
    }

    @Test
    void departments_count_every_figure_and_each_figure_lists_exactly_its_summonses() {
        List<SummonsFact> facts = List.of(
                summons("1", "a", "城管委", 10, Rating.SATISFIED, MatterState.CLOSED),
                summons("2", "a", "城管委", 45, Rating.BASICALLY_SATISFIED, MatterState.RESPONDED),
                summons("3", "b", "城管委", null, null, MatterState.IN_PROGRESS),
                summons("1", "a", "住建委", 20, Rating.NOT_SATISFIED, MatterState.CLOSED),
                summons("4", "b", "住建委", null, null, MatterState.DISPATCHED));
        // At T+31 min every deadline (T+30) has passed.
        DoubleAssessment assessment = new DoubleAssessment(facts, T.plusMinutes(31), W, 1, 1);
        DepartmentResult city = assessment.departments().stream()
                .filter(d -> d.department().equals("城管委"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, city.summoned());
        assertEquals(2, city.reportedIn());
        assertEquals(1, city.onTime());
        assertEquals(1, city.late());
        assertEquals(1, city.notReported());
        assertEquals(0, city.awaiting());
        assertEquals(1, city.missed());
        assertEquals(2, city.rated());
        assertEquals(1, city.satisfied());
        assertEquals(1, city.basicallySatisfied());
        assertEquals(0, city.notSatisfied());
        assertEquals(0, new BigDecimal("0.3333333333").compareTo(city.onTimeShare()));
        assertEquals(0, new BigDecimal("0.95").compareTo(city.ratingScore()), "(1 + 0.9 × 1) / 2");
        for (WhistleFigure figure : WhistleFigure.values()) {
            if (figure.scope() == WhistleFigure.Scope.DEPARTMENT) {
                assertEquals(
                        assessment.count(figure, "城管委"),
                        assessment.lines(figure, "城管委").size(),
                        figure.name());
            }
        }
        assertEquals(
                List.of("2"),
                assessment.lines(WhistleFigure.LATE, "城管委").stream()
                        .map(WhistleLine::whistleId)
                        .toList());
        assertEquals(
                T.plusMinutes(30),
                assessment.lines(WhistleFigure.LATE, "城管委").get(0).deadline());
    }

    @Test
    void a_summons_still_within_its_deadline_is_awaiting_and_not_held_against_the_on_time_share() {
        List<SummonsFact> facts = List.of(
                summons("1", "a", "城管委", 10, null, MatterState.CLOSED),
                summons("2", "a", "城管委", null, null, MatterState.DISPATCHED));
        DepartmentResult d = new DoubleAssessment(facts, T.plusMinutes(5), W, 1, 1)
                .departments()
                .get(0);
        assertEquals(1, d.awaiting());
        assertEquals(0, d.missed());
        assertEquals(1, d.due());
        assertEquals(0, BigDecimal.ONE.compareTo(d.onTimeShare()));
        assertNull(d.ratingScore(), "nothing rated, no score");
    }

    @Test
    void streets_count_whistles_once_with_their_outcomes_and_list_one_line_per_whistle() {
        List<SummonsFact> facts = List.of(
                summons("1", "a", "城管委", 10, null, MatterState.CLOSED),
                summons("1", "a", "住建委", null, null, MatterState.CLOSED),
                summons("2", "a", "城管委", 10, null, MatterState.RESPONDED),
                summons("3", "a", "交通委", null, null, MatterState.REJECTED));
        DoubleAssessment assessment = new DoubleAssessment(facts, T.plusDays(1), W, 1, 1);
        StreetWhistleResult a = assessment.streets().get(0);
        assertEquals("a街道", a.streetName());
        assertEquals(3, a.whistles());
        assertEquals(1, a.resolved());
        assertEquals(1, a.answered());
        assertEquals(1, a.open());
        assertEquals(4, a.summonses());
        assertEquals(2, a.reportedIn());
        assertEquals(0, new BigDecimal("0.5").compareTo(a.reportedInShare()));
        List<WhistleLine> blown = assessment.lines(WhistleFigure.BLOWN, "a");
        assertEquals(
                List.of("1", "2", "3"),
                blown.stream().map(WhistleLine::whistleId).toList());
        assertEquals("住建委、城管委", blown.get(0).department());
        assertEquals(4, assessment.lines(WhistleFigure.STREET_SUMMONS, "a").size());
    }

    @Test
    void departments_rank_by_on_time_share_then_volume_and_too_few_are_shown_unranked() {
        List<SummonsFact> facts = new ArrayList<>();
        // A: 3 of 4 on time; B: 3 of 4 on time too (tie → same rank); C: 6 of 8 (same share, more volume);
        // D: 2 of 2 on time but below the minimum of 3.
        add(facts, "A", 3, 1);
        add(facts, "B", 3, 1);
        add(facts, "C", 6, 2);
        add(facts, "D", 2, 0);
        List<DepartmentResult> rows = new DoubleAssessment(facts, T.plusDays(1), W, 3, 1).departments();
        assertEquals(
                List.of("C", "A", "B", "D"),
                rows.stream().map(DepartmentResult::department).toList());
        assertEquals(
                java.util.Arrays.asList(1, 2, 2, null),
                rows.stream().map(DepartmentResult::rank).toList());
    }

    private static void add(List<SummonsFact> facts, String department, int onTime, int late) {
        for (int i = 0; i < onTime + late; i++) {
            facts.add(summons(department + i, "s", department, i < onTime ? 5 : 90, null, MatterState.CLOSED));
        }
    }
}
