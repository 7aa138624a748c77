package com.streetgov.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Coverage gaps and code problems of the enforcement catalog, in zh-CN as before and in English and zh-TW. */
class EnforcementTextsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    static EnforcementPower power(String code, PowerDomain domain) {
        return new EnforcementPower(
                code,
                "职权" + code,
                PowerType.PENALTY,
                domain,
                null,
                null,
                "区城管委",
                HandoverMode.HANDED_OVER,
                null,
                LocalDate.of(2020, 1, 1),
                false);
    }

    @Test
    void a_street_without_a_team_or_whose_team_lacks_a_field_is_named_in_every_language() {
        Map<String, String> streets = new LinkedHashMap<>();
        streets.put("nanhu", "南湖街道");
        streets.put("huangbei", "黄贝街道");
        List<EnforcementPower> catalog = List.of(
                power("CG-CF-0001", PowerDomain.CITY_MANAGEMENT),
                power("CG-CF-0002", PowerDomain.CITY_MANAGEMENT),
                power("SW-CF-0001", PowerDomain.WATER));
        List<EnforcementTeam> teams =
                List.of(new EnforcementTeam("huangbei", "黄贝街道综合行政执法队", Set.of(PowerDomain.CITY_MANAGEMENT)));
        List<Text> gaps = EnforcementCoverage.of(streets, catalog, teams, DAY).gaps().stream()
                .map(EnforcementCoverage.Gap::message)
                .toList();
        assertEquals(
                List.of(
                        "南湖街道没有综合执法队，城市管理领域的2项职权（如 CG-CF-0001、CG-CF-0002）",
                        "南湖街道没有综合执法队，水务领域的1项职权（如 SW-CF-0001）",
                        "黄贝街道“黄贝街道综合行政执法队”未承接水务领域的1项职权（如 SW-CF-0001）"),
                gaps.stream().map(Text::inDefaultLanguage).toList());
        assertEquals(
                "南湖街道 has no comprehensive enforcement team: 2 power(s) in the field “City management” are not held"
                        + " (e.g. CG-CF-0001、CG-CF-0002)",
                gaps.get(0).render(Locale.ENGLISH));
        assertEquals(
                "In 黄贝街道, “黄贝街道综合行政执法队” does not hold 1 power(s) in the field “Water” (e.g. SW-CF-0001)",
                gaps.get(2).render(Locale.ENGLISH));
        assertEquals("黄贝街道「黄贝街道综合行政执法队」未承接水務領域的1項職權（如 SW-CF-0001）", gaps.get(2).render(Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void a_code_that_breaks_the_coding_rule_says_why_in_every_language() {
        Optional<Text> letters = PowerCode.problem("SW-CF-0001", PowerDomain.CITY_MANAGEMENT, PowerType.PENALTY);
        assertEquals("编码“SW-CF-0001”的领域字母应为CG（城市管理）", letters.orElseThrow().inDefaultLanguage());
        assertEquals(
                "The field letters of code “SW-CF-0001” should be CG (City management)",
                letters.orElseThrow().render(Locale.ENGLISH));
        assertEquals(
                "編碼「CG-QZ-0001」的類型字母應為CF（行政處罰）",
                PowerCode.problem("CG-QZ-0001", PowerDomain.CITY_MANAGEMENT, PowerType.PENALTY)
                        .orElseThrow()
                        .render(Locale.TRADITIONAL_CHINESE));
        assertEquals(
                "编码“cg-1”应为“领域字母-类型字母-四位序号”，如 CG-CF-0001",
                PowerCode.problem("cg-1", null, null).orElseThrow().inDefaultLanguage());
        assertEquals(Optional.empty(), PowerCode.problem("CG-CF-0001", PowerDomain.CITY_MANAGEMENT, PowerType.PENALTY));
    }
}
