package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A version of the rules may be saved only when its findings are empty; each finding names its field. */
class AssessmentRulesTest {

    static final AssessmentRules DEFAULTS = AssessmentRules.defaults(LocalDate.of(2020, 1, 1));

    static AssessmentRules with(int startDay, String basic, String r, String s, String t, List<ExclusionKind> kinds) {
        return new AssessmentRules(
                "v2",
                LocalDate.of(2026, 1, 1),
                startDay,
                Denominator.VALID_VISITS,
                basic == null ? null : new BigDecimal(basic),
                r == null ? null : new BigDecimal(r),
                new BigDecimal(s),
                new BigDecimal(t),
                30,
                kinds);
    }

    @Test
    void the_defaults_and_both_published_weight_sets_are_valid() {
        assertEquals(List.of(), DEFAULTS.findings());
        assertEquals(
                List.of(),
                with(19, "0.9", "30", "35", "35", AssessmentRules.ARTICLE_11).findings());
        assertEquals(List.of(), with(1, "0.9", "10.5", "49.5", "40", List.of()).findings());
    }

    @Test
    void each_broken_field_is_named() {
        assertField("periodStartDay", with(29, "0.9", "10", "50", "40", List.of()));
        assertField("basicWeight", with(1, "1.1", "10", "50", "40", List.of()));
        assertField("basicWeight", with(1, null, "10", "50", "40", List.of()));
        assertField("weights", with(1, "0.9", "10", "50", "41", List.of()));
        assertField("weights", with(1, "0.9", "-10", "70", "40", List.of()));
        assertField("weights", with(1, "0.9", null, "60", "40", List.of()));
        assertField(
                "exclusionKinds",
                with(1, "0.9", "10", "50", "40", List.of(new ExclusionKind("A", "甲"), new ExclusionKind("A", "乙"))));
        assertField("exclusionKinds", with(1, "0.9", "10", "50", "40", List.of(new ExclusionKind("A", " "))));
        AssessmentRules noVersion = new AssessmentRules(
                " ",
                null,
                1,
                null,
                BigDecimal.ONE,
                BigDecimal.TEN,
                BigDecimal.TEN,
                new BigDecimal("80"),
                -1,
                List.of());
        List<String> findings = inChinese(noVersion.findings());
        for (String field : List.of("version", "effectiveFrom", "denominator", "minValidVisits")) {
            assertTrue(findings.stream().anyMatch(f -> f.startsWith(field)), field + " in " + findings);
        }
    }

    @Test
    void the_rules_place_a_day_in_their_period() {
        AssessmentRules nineteenth = with(19, "0.9", "10", "50", "40", List.of());
        assertEquals(
                YearMonth.of(2026, 12),
                nineteenth.periodOf(LocalDate.of(2026, 11, 19)).month());
        assertEquals(
                YearMonth.of(2026, 11),
                DEFAULTS.periodOf(LocalDate.of(2026, 11, 19)).month());
        assertTrue(DEFAULTS.hasExclusionKind("EMERGENCY"));
    }

    private static void assertField(String field, AssessmentRules rules) {
        List<String> findings = inChinese(rules.findings());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(field)), field + " expected in " + findings);
    }

    @Test
    void each_finding_reads_in_every_language_starting_with_its_field() {
        for (AssessmentRules broken : List.of(
                with(29, "1.1", "10", "50", "41", List.of(new ExclusionKind("A", "甲"), new ExclusionKind("A", "乙"))),
                new AssessmentRules(
                        " ", null, 1, null, BigDecimal.ONE, null, BigDecimal.TEN, BigDecimal.TEN, -1, List.of()))) {
            for (Text finding : broken.findings()) {
                String chinese = finding.inDefaultLanguage();
                String field = chinese.substring(0, chinese.indexOf('（'));
                for (Locale l : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
                    String rendered = finding.render(l);
                    assertTrue(rendered.startsWith(field) && !rendered.startsWith("!"), l + ": " + rendered);
                }
            }
        }
        assertEquals(
                List.of("exclusionKinds: the exclusion kind code A is repeated"),
                with(1, "0.9", "10", "50", "40", List.of(new ExclusionKind("A", "甲"), new ExclusionKind("A", "乙")))
                        .findings()
                        .stream()
                        .map(f -> f.render(Locale.ENGLISH))
                        .toList());
    }

    private static List<String> inChinese(List<Text> findings) {
        return findings.stream().map(Text::inDefaultLanguage).toList();
    }
}
