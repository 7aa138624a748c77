package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exclusion requests and decisions: the kinds of the rules in force, reasons, one open request per matter. */
class ExclusionTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);
    static final AssessmentRules RULES = AssessmentRules.defaults(LocalDate.of(2026, 1, 1));

    @Test
    void a_request_names_a_kind_of_the_rules_and_a_reason() throws Exception {
        var unknown = assertThrows(
                ExclusionRefusedException.class,
                () -> Exclusion.request("M-1", "WEATHER", "下雨", RULES, Optional.empty(), "s", T));
        assertEquals("现行考核规则没有“WEATHER”这一不计入考核的情形（kind）", unknown.getMessage());
        var noReason = assertThrows(
                ExclusionRefusedException.class,
                () -> Exclusion.request("M-1", "EMERGENCY", " ", RULES, Optional.empty(), "s", T));
        assertEquals("申请理由（reason）必填", noReason.getMessage());
        Exclusion e = Exclusion.request("M-1", "EMERGENCY", " 已转119 ", RULES, Optional.empty(), "s", T);
        assertEquals(Exclusion.State.REQUESTED, e.state());
        assertEquals("已转119", e.reason());
    }

    @Test
    void refusing_needs_a_note_a_decision_is_final_and_only_a_refused_request_may_be_asked_again() throws Exception {
        Exclusion e = Exclusion.request("M-1", "REPEAT", "同一诉求第三次", RULES, Optional.empty(), "s", T);
        assertThrows(
                ExclusionRefusedException.class,
                () -> Exclusion.request("M-1", "REPEAT", "再次申请", RULES, Optional.of(e), "s", T),
                "one open request per matter");
        assertThrows(ExclusionRefusedException.class, () -> e.decide(false, "", "a", T));
        e.decide(false, "有新情况", "a", T);
        assertEquals(Exclusion.State.REFUSED, e.state());
        assertThrows(ExclusionRefusedException.class, () -> e.decide(true, null, "a", T), "decided once");
        Exclusion again = Exclusion.request("M-1", "UNLAWFUL", "诉求违反法规", RULES, Optional.of(e), "s", T);
        again.decide(true, null, "a", T);
        assertEquals(Exclusion.State.APPROVED, again.state());
        assertThrows(
                ExclusionRefusedException.class,
                () -> Exclusion.request("M-1", "REPEAT", "r", RULES, Optional.of(again), "s", T));
    }
}
