package com.streetgov.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final SystemFigure RESOLUTION = new SystemFigure(Measure.RESOLUTION_RATE);

    private static IndicatorSystem system() {
        return new IndicatorSystem(
                "v",
                "体系",
                LocalDate.of(2021, 1, 1),
                List.of(
                        Indicator.group(
                                "A",
                                "任务完成",
                                "30",
                                true,
                                List.of(
                                        Indicator.item("A1", "自评", "50", new AssessorScore(), true),
                                        Indicator.item("A2", "审核", "50", new AssessorScore(), true))),
                        Indicator.group(
                                "B",
                                "改革成效",
                                "70",
                                true,
                                List.of(
                                        Indicator.item("B1", "解决率", "60", RESOLUTION, true),
                                        Indicator.item("B2", "逾期", "25", new SystemFigure(Measure.OVERDUE_SHARE), true),
                                        Indicator.item(
                                                "B3",
                                                "清单问题",
                                                "15",
                                                new SystemFigure(Measure.COVERAGE_PROBLEMS, new BigDecimal("12.5")),
                                                true)))));
    }

    private static ItemValue assessor(String code, String score) throws RefusedException {
        return ItemValue.ofAssessor(code, new BigDecimal(score), "区委编办", "据材料");
    }

    @Test
    void every_group_is_the_weighted_sum_of_its_children_and_the_total_of_the_categories() throws Exception {
        Map<String, ItemValue> values = Map.of(
                "A1", assessor("A1", "90"),
                "A2", assessor("A2", "70"),
                "B1", ItemValue.ofFigure("B1", RESOLUTION, new BigDecimal("91.4"), Text.literal("解决率91.4%")),
                "B2",
                        ItemValue.ofFigure(
                                "B2",
                                new SystemFigure(Measure.OVERDUE_SHARE),
                                new BigDecimal("6"),
                                Text.literal("逾期6%")),
                "B3",
                        ItemValue.ofFigure(
                                "B3",
                                new SystemFigure(Measure.COVERAGE_PROBLEMS, new BigDecimal("12.5")),
                                new BigDecimal("3"),
                                Text.literal("3处")));
        Scorecard card = Scorecard.of(system(), values);
        // recomputed by hand: A = 0.5·90 + 0.5·70 = 80; B = 0.6·91.4 + 0.25·94 + 0.15·62.5 = 54.84 + 23.5 + 9.375 =
        // 87.715
        assertEquals(
                0, new BigDecimal("80").compareTo(card.find("A").orElseThrow().score()));
        assertEquals(
                0, new BigDecimal("94").compareTo(card.find("B2").orElseThrow().score()));
        assertEquals(
                0,
                new BigDecimal("62.5").compareTo(card.find("B3").orElseThrow().score()));
        assertEquals(
                0,
                new BigDecimal("87.715").compareTo(card.find("B").orElseThrow().score()));
        // total = 0.3·80 + 0.7·87.715 = 24 + 61.4005 = 85.4005
        assertEquals(
                0,
                new BigDecimal("85.4005").compareTo(card.total()),
                card.total().toPlainString());
        assertTrue(card.complete());
        assertEquals(
                ItemValue.Origin.ASSESSOR, card.find("A1").orElseThrow().value().origin());
        assertEquals(
                "区委编办打分：据材料", card.find("A1").orElseThrow().value().source().inDefaultLanguage());
        assertEquals(
                "Scored by 区委编办: 据材料",
                card.find("A1").orElseThrow().value().source().render(Locale.ENGLISH));
    }

    @Test
    void a_missing_value_leaves_its_group_incomplete_and_scores_over_the_rest_rather_than_as_zero() throws Exception {
        Scorecard card = Scorecard.of(system(), Map.of("A1", assessor("A1", "90")));
        assertEquals(
                0, new BigDecimal("90").compareTo(card.find("A").orElseThrow().score()));
        assertFalse(card.find("A").orElseThrow().complete());
        assertTrue(card.find("B").orElseThrow().scored().isEmpty());
        assertEquals(0, new BigDecimal("90").compareTo(card.total()));
        assertFalse(card.complete());
    }

    @Test
    void a_figure_without_a_value_is_missing_with_its_reason_never_zero() throws Exception {
        Text reason = Text.of("evaluation.figure.sample", 2, 3);
        ItemValue none = ItemValue.ofFigure("B1", RESOLUTION, null, reason);
        assertFalse(none.scored());
        Scorecard card = Scorecard.of(system(), Map.of("A1", assessor("A1", "90"), "B1", none));
        Scorecard.NodeScore b1 = card.find("B1").orElseThrow();
        assertTrue(b1.scored().isEmpty());
        assertFalse(b1.complete());
        assertEquals("有效回访2件，少于最少样本3件，不计算该率", b1.value().source().inDefaultLanguage());
        assertTrue(card.find("B").orElseThrow().scored().isEmpty(), "B's only figured item has none: not 0");
        assertEquals(0, new BigDecimal("90").compareTo(card.total()));
        assertFalse(card.complete());
    }

    @Test
    void an_assessor_score_needs_a_reason_and_a_score_within_range() {
        RefusedException noReason =
                assertThrows(RefusedException.class, () -> ItemValue.ofAssessor("A1", BigDecimal.TEN, "评估人", "  "));
        assertEquals("reason", noReason.field());
        assertEquals(
                "A score entered by an assessor needs a reason", noReason.text().render(Locale.ENGLISH));
        RefusedException range = assertThrows(
                RefusedException.class, () -> ItemValue.ofAssessor("A1", new BigDecimal("100.5"), "评估人", "理由"));
        assertEquals("分数须在0到100之间", range.getMessage());
    }

    @Test
    void answers_score_as_their_mean_and_likert_and_choices_score_as_defined() {
        Question likert = new Question("Q1", Question.Kind.LIKERT, "满意吗", List.of());
        Question multiple = new Question(
                "Q2",
                Question.Kind.MULTIPLE,
                "哪些方面",
                List.of(
                        new Question.Option("a", "效率", new BigDecimal("100")),
                        new Question.Option("b", "态度", new BigDecimal("50"))));
        assertEquals(new BigDecimal("100"), likert.score(List.of("5")).orElseThrow());
        assertEquals(new BigDecimal("0"), likert.score(List.of("1")).orElseThrow());
        assertEquals(
                0,
                new BigDecimal("75").compareTo(multiple.score(List.of("a", "b")).orElseThrow()));
        ItemValue value =
                ItemValue.ofAnswers("I", List.of(new BigDecimal("100"), new BigDecimal("75"), new BigDecimal("50")));
        assertEquals(0, new BigDecimal("75").compareTo(value.score()));
        assertEquals("3个回答平均75.00分", value.source().inDefaultLanguage());
        assertEquals(null, ItemValue.ofAnswers("I", List.of()));
    }
}
