package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.duty.domain.WorkingDayCalendar;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Time limits on a fixed clock, across a weekend and a holiday; overdue flagged. */
class TimeLimitTest {

    // Mid-Autumn 2026: Friday 25 September is a holiday (with the weekend after it).
    static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(Set.of(LocalDate.of(2026, 9, 25)), Set.of(LocalDate.of(2026, 9, 20)));
    static final LocalDateTime THURSDAY_4PM = LocalDateTime.of(2026, 9, 24, 16, 0);

    static final TimeLimit URGENT = new TimeLimit("URGENT", "紧急", TimeLimit.Measure.HOURS, 2);
    static final TimeLimit DAY = new TimeLimit("H24", "24小时", TimeLimit.Measure.HOURS, 24);
    static final TimeLimit WEEK = new TimeLimit("D7", "7天", TimeLimit.Measure.DAYS, 7);
    static final TimeLimit WORKING = new TimeLimit("WD15", "15个工作日", TimeLimit.Measure.WORKING_DAYS, 15);

    @Test
    void hours_and_days_run_on_the_clock_working_days_skip_the_weekend_and_the_holiday() {
        assertEquals(LocalDateTime.of(2026, 9, 24, 18, 0), URGENT.due(THURSDAY_4PM, CALENDAR));
        assertEquals(
                LocalDateTime.of(2026, 9, 25, 16, 0),
                DAY.due(THURSDAY_4PM, CALENDAR),
                "the holiday does not stop hours");
        assertEquals(LocalDateTime.of(2026, 10, 1, 16, 0), WEEK.due(THURSDAY_4PM, CALENDAR));
        // 15 working days from Thursday 24 September: Friday 25 is a holiday, three weekends skipped → Friday 16
        // October.
        assertEquals(LocalDateTime.of(2026, 10, 16, 16, 0), WORKING.due(THURSDAY_4PM, CALENDAR));
        assertEquals(
                LocalDateTime.of(2026, 9, 29, 16, 0),
                new TimeLimit("WD2", "2个工作日", TimeLimit.Measure.WORKING_DAYS, 2).due(THURSDAY_4PM, CALENDAR),
                "Friday holiday and the weekend skipped: Monday 28, Tuesday 29");
    }

    @Test
    void an_unanswered_matter_is_overdue_after_its_deadline_and_an_answered_one_is_not() throws Exception {
        Matter matter = Matter.receive(
                "M-1",
                Channel.WINDOW,
                null,
                new Matter.Submission("路灯不亮", "小区门口路灯坏了", null, "s1", null, null, null, null, null),
                URGENT,
                THURSDAY_4PM,
                URGENT.due(THURSDAY_4PM, CALENDAR),
                "clerk");
        assertFalse(matter.overdue(LocalDateTime.of(2026, 9, 24, 18, 0)));
        assertTrue(matter.overdue(LocalDateTime.of(2026, 9, 24, 18, 1)));
        RoutingDecision decision = new RoutingDecision(
                "s1",
                "X-1",
                "市容环境",
                RoutingDecision.Rule.CATEGORY,
                1,
                "chengshi",
                List.of(),
                "v1",
                Text.literal("按所选类别分派"));
        matter.dispatch(decision, "system", THURSDAY_4PM);
        matter.accept("chengshi", "unit", THURSDAY_4PM.plusMinutes(5));
        matter.respond("已安排维修", "unit", THURSDAY_4PM.plusHours(3));
        assertFalse(matter.overdue(LocalDateTime.of(2026, 9, 24, 20, 0)), "answered, though late");
    }
}
