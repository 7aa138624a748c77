package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ruling on a rejection (退单), on hand-made cases, and what carrying it out does to the matter. */
class RejectionRulingTest {

    static final LocalDateTime T = MatterWorkflowTest.T;

    static RoutingDecision routed(RoutingDecision.Rule rule, String item, String lead) {
        return new RoutingDecision("s1", item + "-code", item, rule, 1.0, lead, List.of(), "v1", Text.literal("理由"));
    }

    static Matter dispatched(RoutingDecision to) throws RefusedException {
        Matter m = MatterWorkflowTest.received();
        m.dispatch(to, "system", T);
        return m;
    }

    @Test
    void a_suggested_item_led_by_another_unit_upholds_the_rejection_and_redirects_the_matter() throws Exception {
        RoutingDecision current = routed(RoutingDecision.Rule.CATEGORY, "低保", "minsheng");
        RoutingDecision other = routed(RoutingDecision.Rule.DISPUTE, "违法建设", "chengshi");
        RejectionRuling ruling = RejectionRuling.judge(current, "minsheng", "不属本单位", other);
        assertEquals(RejectionRuling.Outcome.REDIRECTED, ruling.outcome());
        assertTrue(ruling.accepted());
        assertEquals("退单成立，已改派至“违法建设”的牵头单位", ruling.message().inDefaultLanguage());

        Matter m = dispatched(current);
        ruling.applyTo(m, "minsheng", "不属本单位", "minsheng-staff", T);
        assertEquals(MatterState.DISPATCHED, m.state());
        assertEquals("chengshi", m.routing().orElseThrow().leadUnit());
        assertEquals(
                List.of("RECEIVED", "DISPATCHED", "REJECTED", "DISPATCHED"),
                m.events().stream().map(MatterEvent::type).toList());
    }

    @Test
    void a_suggested_item_the_list_still_gives_this_unit_refuses_the_rejection() throws Exception {
        RoutingDecision current = routed(RoutingDecision.Rule.TEXT, "低保", "minsheng");
        RoutingDecision same = routed(RoutingDecision.Rule.DISPUTE, "临时救助", "minsheng");
        RejectionRuling ruling = RejectionRuling.judge(current, "minsheng", "不属本单位", same);
        assertEquals(RejectionRuling.Outcome.REFUSED, ruling.outcome());
        assertFalse(ruling.accepted());
        assertEquals("按职责清单，“临时救助”在本街道由本单位牵头，退单不予支持", ruling.message().inDefaultLanguage());

        Matter m = dispatched(current);
        ruling.applyTo(m, "minsheng", "不属本单位", "minsheng-staff", T);
        assertEquals(MatterState.DISPATCHED, m.state(), "the matter stays with the unit");
        MatterEvent last = m.events().get(m.events().size() - 1);
        assertEquals("REJECTION_REFUSED", last.type());
        assertEquals("按职责清单，“临时救助”在本街道仍由本单位牵头，退单不予支持", last.note().inDefaultLanguage());
    }

    @Test
    void without_a_suggestion_a_text_match_goes_back_to_the_clerks() throws Exception {
        RoutingDecision current = routed(RoutingDecision.Rule.TEXT, "低保", "minsheng");
        RejectionRuling ruling = RejectionRuling.judge(current, "minsheng", "文字匹配有误", null);
        assertEquals(RejectionRuling.Outcome.RETURNED, ruling.outcome());
        assertNull(ruling.redirectTo());
        assertEquals("退单成立：该诉求系按文字自动匹配分派，已退回受理窗口重新分派", ruling.message().inDefaultLanguage());

        Matter m = dispatched(current);
        ruling.applyTo(m, "minsheng", "文字匹配有误", "minsheng-staff", T);
        assertEquals(MatterState.REJECTED, m.state());
        assertEquals("文字匹配有误", m.events().get(m.events().size() - 1).note().inDefaultLanguage());
    }

    @Test
    void without_a_suggestion_a_category_manual_or_disputed_routing_is_upheld() throws Exception {
        for (RoutingDecision.Rule rule :
                List.of(RoutingDecision.Rule.CATEGORY, RoutingDecision.Rule.MANUAL, RoutingDecision.Rule.DISPUTE)) {
            RoutingDecision current = routed(rule, "低保", "minsheng");
            RejectionRuling ruling = RejectionRuling.judge(current, "minsheng", "人手不足", null);
            assertEquals(RejectionRuling.Outcome.REFUSED, ruling.outcome(), rule.name());
            assertEquals("按职责清单，“低保”在本街道由本单位牵头，退单不予支持", ruling.message().inDefaultLanguage());
            assertEquals("按职责清单，“低保”在本街道由本单位牵头，退单不予支持：人手不足", ruling.note().inDefaultLanguage());
        }
    }

    @Test
    void only_the_unit_it_was_sent_to_may_reject_and_an_upheld_rejection_needs_a_reason() throws Exception {
        Matter unrouted = MatterWorkflowTest.received();
        assertEquals(
                "诉求尚未分派",
                assertThrows(RefusedException.class, () -> RejectionRuling.requireDispatchedTo(unrouted, "minsheng"))
                        .getMessage());
        Matter m = dispatched(routed(RoutingDecision.Rule.TEXT, "低保", "minsheng"));
        assertEquals(
                "诉求M-2未分派给该单位",
                assertThrows(RefusedException.class, () -> RejectionRuling.requireDispatchedTo(m, "pingan"))
                        .getMessage());
        RejectionRuling.requireDispatchedTo(m, "minsheng");
        RejectionRuling returned = RejectionRuling.judge(m.routing().orElseThrow(), "minsheng", " ", null);
        assertThrows(RefusedException.class, () -> returned.applyTo(m, "minsheng", " ", "a", T));
        assertEquals(MatterState.DISPATCHED, m.state());
    }
}
