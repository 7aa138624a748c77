package com.streetgov.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorValidatorTest {

    static final Questionnaire RESIDENTS = new Questionnaire(
            "resident",
            "居民满意度调查",
            Questionnaire.Audience.RESIDENT,
            List.of(
                    new Question("Q1", Question.Kind.LIKERT, "对街道办事效率是否满意", List.of()),
                    new Question("Q9", Question.Kind.TEXT, "其他意见", List.of())));

    static IndicatorSystem system(Indicator... categories) {
        return new IndicatorSystem("2021", "评估指标体系", LocalDate.of(2021, 7, 1), List.of(categories));
    }

    static Indicator good() {
        return Indicator.group(
                "C1",
                "改革成效",
                "100",
                true,
                List.of(
                        Indicator.item("I1", "解决率", "60", new SystemFigure(Measure.RESOLUTION_RATE), true),
                        Indicator.item(
                                "I2", "居民满意度", "40", new Answers(List.of(QuestionRef.parse("resident/Q1"))), true)));
    }

    @Test
    void a_well_formed_system_has_no_findings() {
        assertEquals(List.of(), IndicatorValidator.validate(system(good()), List.of(RESIDENTS)));
    }

    @Test
    void weights_that_do_not_add_up_are_named_with_their_parent_and_sum() {
        Indicator c = Indicator.group(
                "C1",
                "改革成效",
                "100",
                true,
                List.of(
                        Indicator.item("I1", "解决率", "60", new SystemFigure(Measure.RESOLUTION_RATE), true),
                        Indicator.item("I2", "满意率", "30.5", new SystemFigure(Measure.SATISFACTION_RATE), true)));
        Indicator other = Indicator.group(
                "C2", "运行情况", "10", true, List.of(Indicator.item("I3", "综合审核", "100", new AssessorScore(), true)));
        List<IndicatorFinding> findings = IndicatorValidator.validate(system(c, other), List.of(RESIDENTS));
        assertEquals(2, findings.size(), findings.toString());
        assertEquals("评估指标体系", findings.get(0).message().args().get(0));
        assertEquals("“评估指标体系”下各项权重合计为110，应为100", findings.get(0).message().inDefaultLanguage());
        assertEquals("C1", findings.get(1).code());
        assertEquals("“改革成效”下各项权重合计为90.5，应为100", findings.get(1).message().inDefaultLanguage());
        assertEquals(
                "The weights under “改革成效” add up to 90.5, not 100",
                findings.get(1).message().render(Locale.ENGLISH));
        assertTrue(IndicatorValidator.blocking(findings));
    }

    @Test
    void an_item_with_no_source_and_a_group_with_one_are_named() {
        Indicator noSource = Indicator.item("I1", "街道自评", "100", null, true);
        Indicator groupWithSource = new Indicator(
                "C2",
                "运行情况",
                BigDecimal.valueOf(50),
                null,
                new AssessorScore(),
                true,
                List.of(Indicator.item("I2", "综合审核", "100", new AssessorScore(), true)));
        List<IndicatorFinding> findings = IndicatorValidator.validate(
                system(Indicator.group("C1", "任务完成", "50", true, List.of(noSource)), groupWithSource),
                List.of(RESIDENTS));
        assertEquals(
                List.of("I1", "C2"),
                findings.stream().map(IndicatorFinding::code).toList());
        assertEquals(
                "指标“街道自评”没有数据来源：请指定系统数据、问卷题目或评估人打分", findings.get(0).message().inDefaultLanguage());
        assertEquals("“运行情况”有下级指标，不能再指定数据来源", findings.get(1).message().inDefaultLanguage());
    }

    @Test
    void links_to_a_missing_questionnaire_a_missing_question_or_free_text_are_named() {
        Indicator c = Indicator.group(
                "C1",
                "群众满意",
                "100",
                true,
                List.of(
                        Indicator.item("I1", "甲", "25", new Answers(List.of(QuestionRef.parse("staff/Q1"))), true),
                        Indicator.item("I2", "乙", "25", new Answers(List.of(QuestionRef.parse("resident/Q7"))), true),
                        Indicator.item("I3", "丙", "25", new Answers(List.of(QuestionRef.parse("resident/Q9"))), true),
                        Indicator.item("I4", "丁", "25", new Answers(List.of()), true)));
        List<String> said = IndicatorValidator.validate(system(c), List.of(RESIDENTS)).stream()
                .map(f -> f.code() + " " + f.message().inDefaultLanguage())
                .toList();
        assertEquals(
                List.of(
                        "I1 指标“甲”关联的问卷“staff”不存在",
                        "I2 指标“乙”关联的题目“resident/Q7”不存在",
                        "I3 指标“丙”关联的题目“resident/Q9”是填空题，不能计分",
                        "I4 指标“丁”取自问卷，但没有关联任何题目"),
                said);
    }

    @Test
    void duplicate_codes_zero_weights_and_an_empty_system_are_errors_and_unnamed_nodes_warnings() {
        Indicator c = Indicator.group(
                "C1",
                "任务完成",
                "100",
                false,
                List.of(
                        Indicator.item("C1", "重号", "100", new AssessorScore(), true),
                        Indicator.item("I2", "零权重", "0", new AssessorScore(), true)));
        List<IndicatorFinding> findings = IndicatorValidator.validate(system(c), List.of());
        assertTrue(findings.stream().anyMatch(f -> f.message().key().equals("evaluation.code.duplicate")));
        assertTrue(findings.stream()
                .anyMatch(f -> f.code().equals("I2") && f.message().key().equals("evaluation.weight.notPositive")));
        IndicatorFinding unnamed =
                findings.stream().filter(f -> !f.isError()).findFirst().orElseThrow();
        assertEquals("“任务完成”在资料中未具名，待确认", unnamed.message().inDefaultLanguage());
        assertEquals("“任务完成”在資料中未具名，待確認", unnamed.message().render(Locale.TRADITIONAL_CHINESE));
        assertEquals(
                "指标体系至少要有一个类别",
                IndicatorValidator.validate(system(), List.of())
                        .get(0)
                        .message()
                        .inDefaultLanguage());
        assertFalse(IndicatorValidator.blocking(List.of(unnamed)));
    }

    @Test
    void codes_names_and_texts_too_long_to_keep_and_a_questionnaire_or_question_given_twice_are_named() {
        String longCode = "C".repeat(IndicatorValidator.CODE + 1);
        Indicator c = Indicator.group(longCode, "改革成效", "100", true, good().children());
        Questionnaire twice = new Questionnaire(
                "resident",
                "又一份",
                Questionnaire.Audience.RESIDENT,
                List.of(
                        new Question("Q1", Question.Kind.LIKERT, "是".repeat(IndicatorValidator.TEXT + 1), List.of()),
                        new Question("Q1", Question.Kind.LIKERT, "重复", List.of())));
        List<String> errors = IndicatorValidator.validate(system(c), List.of(RESIDENTS, twice)).stream()
                .map(f -> f.code() + " " + f.message().inDefaultLanguage())
                .toList();
        assertEquals(
                List.of(
                        longCode + " 指标“" + longCode + "”：编号不超过32个字符，名称不超过200个字符",
                        "resident 问卷编号“resident”重复",
                        "resident 题目“resident/Q1”：题号不超过32个字符，题目不超过500个字符",
                        "resident 题目“resident/Q1”重复"),
                errors);
    }
}
