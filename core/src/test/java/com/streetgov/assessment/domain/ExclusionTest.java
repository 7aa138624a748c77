package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.text.RefusedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exclusion requests and decisions: the kinds of the rules in force, reasons, one open request per matter. */
class ExclusionTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 11, 2, 9, 0);
    static final AssessmentRules RULES = AssessmentRules.defaults(LocalDate.of(2026, 1, 1));

    @Test
    void a_request_names_a_kind_of_the_rules_and_a_reason() throws Exception {
        var unknown = assertThrows(
                RefusedException.class,
                () -> Exclusion.request("M-1", "WEATHER", "下雨", RULES, Optional.empty(), "s", T));
        assertEquals("现行考核规则没有“WEATHER”这一不计入考核的情形（kind）", unknown.getMessage());
        var noReason = assertThrows(
                RefusedException.class,
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
                RefusedException.class,
                () -> Exclusion.request("M-1", "REPEAT", "再次申请", RULES, Optional.of(e), "s", T),
                "one open request per matter");
        assertThrows(RefusedException.class, () -> e.decide(false, "", "a", T));
        e.decide(false, "有新情况", "a", T);
        assertEquals(Exclusion.State.REFUSED, e.state());
        assertThrows(RefusedException.class, () -> e.decide(true, null, "a", T), "decided once");
        Exclusion again = Exclusion.request("M-1", "UNLAWFUL", "诉求违反法规", RULES, Optional.of(e), "s", T);
        again.decide(true, null, "a", T);
        assertEquals(Exclusion.State.APPROVED, again.state());
        assertThrows(
                RefusedException.class,
                () -> Exclusion.request("M-1", "REPEAT", "r", RULES, Optional.of(again), "s", T));
    }

    @Test
    void a_refusal_names_its_field_and_reads_in_english_and_traditional_chinese() throws Exception {
        var unknown = assertThrows(
                RefusedException.class,
                () -> Exclusion.request("M-1", "WEATHER", "下雨", RULES, Optional.empty(), "s", T));
        assertEquals("kind", unknown.field());
        assertEquals(
                "The assessment rules in force have no exclusion kind “WEATHER” (kind)",
                unknown.text().render(Locale.ENGLISH));
        assertEquals("現行考核規則沒有“WEATHER”這一不計入考核的情形（kind）", unknown.text().render(Locale.TRADITIONAL_CHINESE));
        var tooLong = assertThrows(
                RefusedException.class,
                () -> Exclusion.request(
                        "M-1", "EMERGENCY", "x".repeat(Exclusion.TEXT_MAX + 1), RULES, Optional.empty(), "s", T));
        assertEquals("reason", tooLong.field());
        assertEquals("申请理由（reason）不能超过1000个字符", tooLong.getMessage());
        assertEquals(
                "The reason for the request (reason) may be at most 1000 characters",
                tooLong.text().render(Locale.ENGLISH));
        Exclusion e = Exclusion.request("M-7", "REPEAT", "同一诉求第三次", RULES, Optional.empty(), "s", T);
        var pending = assertThrows(
                RefusedException.class, () -> Exclusion.request("M-7", "REPEAT", "r", RULES, Optional.of(e), "s", T));
        assertEquals("诉求M-7已申请不计入考核，正在等待审核", pending.getMessage());
        assertEquals("訴求M-7已申請不計入考核，正在等待審核", pending.text().render(Locale.TRADITIONAL_CHINESE));
    }
}
