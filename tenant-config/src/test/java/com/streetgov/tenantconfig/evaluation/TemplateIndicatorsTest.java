package com.streetgov.tenantconfig.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.IndicatorValidator;
import com.streetgov.text.RefusedException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateIndicatorsTest {

    @Test
    void xicheng_has_the_shape_of_its_evaluation_3_categories_4_levels_41_items() {
        EvaluationModel x = TemplateIndicators.load("xicheng");
        assertEquals(3, x.system().categories().size());
        assertEquals(
                List.of("改革任务完成情况", "实际运行情况", "改革成效"),
                x.system().categories().stream().map(Indicator::name).toList());
        assertEquals(4, x.system().levels());
        assertTrue(x.system().categories().stream().allMatch(c -> c.depth() == 4), "every branch has 4 levels");
        assertEquals(41, x.system().items().size());
        // the evaluation's subjects: staff and resident questionnaires, system rates, assessors
        assertEquals(
                List.of("staff", "resident"),
                x.questionnaires().stream().map(q -> q.code()).toList());
        assertTrue(x.system().items().stream()
                .anyMatch(i -> i.source() instanceof IndicatorSource.SystemFigure f
                        && f.measure() == IndicatorSource.Measure.RESOLUTION_RATE));
        assertTrue(x.note().contains("447")
                && x.note().contains("2017")
                && x.note().contains("待确认"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xicheng", "luohu", "minimal"})
    void every_template_validates_with_warnings_only_for_what_the_sources_do_not_name(String id) {
        EvaluationModel t = TemplateIndicators.load(id);
        List<IndicatorFinding> findings = IndicatorValidator.validate(t.system(), t.questionnaires());
        assertFalse(IndicatorValidator.blocking(findings), findings.toString());
        assertTrue(
                findings.stream().allMatch(f -> f.message().key().equals("evaluation.toBeConfirmed")),
                findings.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xicheng", "luohu", "minimal"})
    void a_template_survives_a_write_and_read(String id) throws RefusedException {
        EvaluationModel t = TemplateIndicators.load(id);
        EvaluationModel again = IndicatorFile.read(IndicatorFile.write(t));
        assertEquals(t, again);
    }

    @Test
    void a_broken_file_is_refused_saying_where() {
        RefusedException notJson = assertThrows(RefusedException.class, () -> IndicatorFile.read("{"));
        assertEquals("指标体系文件不是有效的 JSON", notJson.getMessage());
        RefusedException noWeight = assertThrows(
                RefusedException.class,
                () -> IndicatorFile.read(
                        """
                {"format":"streetgov-indicators/1","version":"v","name":"n",
                 "indicators":[{"code":"A","name":"甲","children":[]}]}"""));
        assertEquals("指标体系文件/indicators/0处：“weight”缺失或无效", noWeight.getMessage());
        assertEquals(
                "The indicator file at /indicators/0: “weight” is missing or invalid",
                noWeight.text().render(Locale.ENGLISH));
        RefusedException format = assertThrows(RefusedException.class, () -> IndicatorFile.read("{\"format\":\"x\"}"));
        assertEquals("指标体系文件的格式应为“streetgov-indicators/1”", format.getMessage());
    }
}
