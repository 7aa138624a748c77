package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A matter says which steps its state allows, and exactly those succeed: every other step is refused
 * by the matter itself, in every state.
 */
class AllowedStepsTest {

    static final LocalDateTime T = MatterWorkflowTest.T;

    static final Map<MatterState, Set<MatterStep>> EXPECTED = Map.of(
            MatterState.RECEIVED, EnumSet.of(MatterStep.REROUTE, MatterStep.REFER),
            MatterState.DISPATCHED,
                    EnumSet.of(MatterStep.ACCEPT, MatterStep.REJECT, MatterStep.REROUTE, MatterStep.REFER),
            MatterState.ACCEPTED, EnumSet.of(MatterStep.REROUTE, MatterStep.START, MatterStep.RESPOND),
            MatterState.IN_PROGRESS, EnumSet.of(MatterStep.RESPOND),
            MatterState.RESPONDED, EnumSet.of(MatterStep.RESOLVE),
            MatterState.RESOLVED, EnumSet.of(MatterStep.CLOSE, MatterStep.REOPEN),
            MatterState.CLOSED, EnumSet.of(MatterStep.REOPEN),
            MatterState.REJECTED, EnumSet.of(MatterStep.REROUTE, MatterStep.REFER),
            MatterState.REFERRED, EnumSet.of(MatterStep.REROUTE, MatterStep.REFER));

    static final Referral MARKET = new Referral("scjg", "区市场监督管理局");

    /** A matter in {@code state}, routed to 民生 (so the unit's own steps are judged by state alone). */
    static Matter in(MatterState state) {
        Matter fresh = MatterWorkflowTest.received();
        return Matter.restore(
                fresh.number(),
                fresh.channel(),
                fresh.idempotencyKey(),
                fresh.submission(),
                fresh.limit(),
                fresh.receivedAt(),
                fresh.dueAt(),
                state,
                state == MatterState.REFERRED ? null : MatterWorkflowTest.TO_MINSHENG,
                state == MatterState.REFERRED ? MARKET : null,
                state.answered() ? "已处理" : null,
                null,
                null,
                0,
                List.of(new MatterEvent(1, T, "api", "RECEIVED", null, MatterState.RECEIVED, Text.literal("申请低保"))));
    }

    static void take(Matter m, MatterStep step) throws RefusedException {
        switch (step) {
            case ACCEPT -> m.accept("minsheng", "a", T);
            case REJECT -> m.reject("minsheng", "不属于本单位职责", "a", T);
            case REROUTE -> m.dispatch(MatterWorkflowTest.TO_MINSHENG, "clerk", T);
            case START -> m.start("a", T);
            case RESPOND -> m.respond("已处理", "a", T);
            case RESOLVE -> m.resolve("a", T);
            case CLOSE -> m.close("a", T);
            case REOPEN -> m.reopen("居民不满意", "clerk", T);
            case REFER -> m.refer(MARKET, "食品安全不属街道职责", "clerk", T);
        }
    }

    @Test
    void every_state_allows_exactly_the_steps_of_the_workflow() {
        assertEquals(EnumSet.allOf(MatterState.class), EnumSet.copyOf(EXPECTED.keySet()));
        for (MatterState state : MatterState.values()) {
            assertEquals(EXPECTED.get(state), in(state).allowedSteps(), state.name());
        }
    }

    @Test
    void an_accepted_matter_may_still_be_re_routed() throws Exception {
        Matter m = in(MatterState.ACCEPTED);
        m.dispatch(MatterWorkflowTest.TO_MINSHENG, "clerk", T);
        assertEquals(MatterState.DISPATCHED, m.state());
    }

    @Test
    void each_allowed_step_succeeds_and_each_other_is_refused_by_the_matter() throws Exception {
        for (MatterState state : MatterState.values()) {
            for (MatterStep step : MatterStep.values()) {
                Matter m = in(state);
                int events = m.events().size();
                if (m.allowedSteps().contains(step)) {
                    take(m, step);
                    assertEquals(events + 1, m.events().size(), state + " " + step);
                } else {
                    RefusedException refused =
                            assertThrows(RefusedException.class, () -> take(m, step), state + " " + step);
                    assertEquals("诉求M-2当前状态不能" + step.label().inDefaultLanguage(), refused.getMessage());
                    assertEquals(state, m.state(), "a refused step changes nothing");
                    assertEquals(events, m.events().size());
                }
            }
        }
    }
}
