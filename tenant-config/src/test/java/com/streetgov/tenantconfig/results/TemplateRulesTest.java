package com.streetgov.tenantconfig.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.tenantconfig.format.Templates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every seed template ships assessment rules that read, with the values its source gives (or says are assumed). */
class TemplateRulesTest {

    static void weights(AssessmentRules r, int response, int resolution, int satisfaction) {
        assertEquals(0, BigDecimal.valueOf(response).compareTo(r.weightResponse()));
        assertEquals(0, BigDecimal.valueOf(resolution).compareTo(r.weightResolution()));
        assertEquals(0, BigDecimal.valueOf(satisfaction).compareTo(r.weightSatisfaction()));
    }

    @Test
    void every_template_has_rules_version_template_from_2020() {
        for (String id : Templates.IDS) {
            AssessmentRules r = TemplateRules.load(id).rules();
            assertEquals("模板", r.version(), id);
            assertEquals(LocalDate.of(2020, 1, 1), r.effectiveFrom(), id);
            assertEquals(List.of(), r.findings(), id);
            assertEquals(0, new BigDecimal("0.9").compareTo(r.basicWeight()), id);
            assertEquals(30, r.minValidVisits(), id);
            assertEquals(AssessmentRules.ARTICLE_11, r.exclusionKinds(), id);
            assertTrue(TemplateRules.load(id).note().contains("待确认"), id);
        }
        assertEquals(Optional.empty(), new TemplateRules().rules("nowhere"));
    }

    @Test
    void beijing_districts_count_from_the_19th_by_valid_visits_10_50_40() {
        for (String id : List.of("xicheng", "dongcheng")) {
            AssessmentRules r = new TemplateRules().rules(id).orElseThrow();
            assertEquals(19, r.periodStartDay(), id);
            assertEquals(Denominator.VALID_VISITS, r.denominator(), id);
            weights(r, 10, 50, 40);
        }
    }

    @Test
    void luohu_weighs_satisfaction_most_and_says_the_split_is_assumed() {
        AssessmentRules luohu = TemplateRules.load("luohu").rules();
        assertEquals(1, luohu.periodStartDay());
        weights(luohu, 20, 30, 50);
        assertTrue(TemplateRules.load("luohu").note().contains("假设"));
        AssessmentRules chenghua = TemplateRules.load("chenghua").rules();
        assertEquals(1, chenghua.periodStartDay());
        AssessmentRules defaults = AssessmentRules.defaults(chenghua.effectiveFrom());
        weights(chenghua, 10, 50, 40);
        assertEquals(defaults.denominator(), chenghua.denominator());
    }
}
