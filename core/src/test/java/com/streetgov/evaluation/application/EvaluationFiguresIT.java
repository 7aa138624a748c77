package com.streetgov.evaluation.application;

import static com.streetgov.evaluation.application.EvaluationData.XICHENG;
import static com.streetgov.evaluation.application.EvaluationFixture.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.evaluation.application.AssessmentService.RateRow;
import com.streetgov.evaluation.application.AssessmentService.Report;
import com.streetgov.evaluation.application.AssessmentService.SubjectCard;
import com.streetgov.evaluation.application.EvaluationData.Tally;
import com.streetgov.evaluation.domain.FigureSource.Figure;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.ItemValue;
import com.streetgov.evaluation.domain.QuestionRanking;
import com.streetgov.evaluation.domain.Scorecard.NodeScore;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system figures that are not rates — overdue share, coverage problems, admission refusals — and the
 * rules' minimum sample and the pre-reform baseline, on {@link EvaluationData}'s and
 * {@link EvaluationCases}' rows. Every expected figure is recounted from those rows or worked out by
 * hand there; none is taken from the production computation. Also the ranking of a questionnaire's questions
 * by their answers (issue 14 item 5: departments rated by streets, projects by delegates).
 */
class EvaluationFiguresIT {

    static final String[] SUBJECTS = {"*", "s1", "s2"};
    /** The rounds: their periods and their days (R2 runs until 18 Dec, R1 is 19 Sep – 18 Nov). */
    static final Map<String, YearMonth[]> PERIODS = Map.of(
            "R1", new YearMonth[] {YearMonth.of(2026, 10), YearMonth.of(2026, 11)},
            "R2", new YearMonth[] {YearMonth.of(2026, 12), YearMonth.of(2026, 12)});

    static final Map<String, LocalDate[]> DAYS = Map.of(
            "R1", new LocalDate[] {LocalDate.of(2026, 9, 19), LocalDate.of(2026, 11, 19)},
            "R2", new LocalDate[] {LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 19)});

    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.fresh("streetgov_it_evaluation_figures");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        EvaluationData.seed(db, emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static Map<String, Figure> figures(Measure measure, String round) {
        Map<String, Figure> out = new HashMap<>();
        YearMonth[] p = PERIODS.get(round);
        EvaluationFixture.as(
                emf, XICHENG, s -> out.putAll(s.assessment().figures.figures(measure, p[0], p[1])));
        return out;
    }

    static Report report(String round) {
        Report[] out = new Report[1];
        EvaluationFixture.as(
                emf, XICHENG, s -> out[0] = s.assessment().report(round).orElseThrow());
        return out[0];
    }

    static String street(String subject) {
        return subject.equals("*") ? null : subject;
    }

    @Test
    void the_overdue_share_is_the_overdue_among_the_matters_received_as_of_the_rounds_end_or_now() {
        for (String round : List.of("R1", "R2")) {
            Map<String, Figure> figures = figures(Measure.OVERDUE_SHARE, round);
            assertEquals(Map.of(), without(figures, SUBJECTS), round);
            for (String subject : SUBJECTS) {
                LocalDate[] days = DAYS.get(round);
                long received = EvaluationCases.received(street(subject), days[0], days[1]);
                long overdue = EvaluationCases.overdue(street(subject), round);
                Figure f = figures.get(subject);
                BigDecimal share =
                        BigDecimal.valueOf(100 * overdue).divide(BigDecimal.valueOf(received), MathContext.DECIMAL128);
                same(share.setScale(8, RoundingMode.HALF_UP), f.value().setScale(8, RoundingMode.HALF_UP));
                assertEquals(
                        "逾期占比" + share.setScale(2, RoundingMode.HALF_UP) + "%（受理" + received + "件中逾期" + overdue + "件）",
                        f.explanation().inDefaultLanguage(),
                        round + " " + subject);
            }
        }
        // R2 on paper: 11 + 7 received, O02, O03 and O06 overdue
        same(
                new BigDecimal("16.6666666667"),
                figures(Measure.OVERDUE_SHARE, "R2").get("*").value());
    }

    @Test
    void coverage_problems_are_counted_per_street_on_the_rounds_last_day_or_today_and_summed() {
        for (String round : List.of("R1", "R2")) {
            Map<String, Figure> figures = figures(Measure.COVERAGE_PROBLEMS, round);
            for (String subject : SUBJECTS) {
                same(
                        BigDecimal.valueOf(EvaluationCases.COVERAGE.get(round).get(subject)),
                        figures.get(subject).value());
            }
        }
        assertEquals(
                "2026-11-25职责清单覆盖问题5个（无牵头单位3项、多头牵头1项、未知单位1个、闲置单位0个）",
                figures(Measure.COVERAGE_PROBLEMS, "R2").get("s1").explanation().inDefaultLanguage());
        assertEquals(
                "2026-11-18各街道职责清单覆盖问题合计7个（无牵头单位4项、多头牵头1项、未知单位2个、闲置单位0个）",
                figures(Measure.COVERAGE_PROBLEMS, "R1").get("*").explanation().inDefaultLanguage());
        // the item I6 scores 100 − 2.5 per problem
        ItemValue s2 = report("R2").subjects().stream()
                .filter(c -> c.subject().equals("s2"))
                .findFirst()
                .orElseThrow()
                .card()
                .find("I6")
                .orElseThrow()
                .value();
        same(new BigDecimal("90"), s2.score());
        assertEquals(ItemValue.Origin.SYSTEM_FIGURE, s2.origin());
    }

    @Test
    void admission_refusals_are_the_districts_in_the_rounds_days_and_each_street_is_given_them() {
        for (String round : List.of("R1", "R2")) {
            LocalDate[] days = DAYS.get(round);
            long refused = EvaluationCases.refusals(days[0], days[1]);
            Map<String, Figure> figures = figures(Measure.ADMISSION_REFUSALS, round);
            assertEquals(Map.of(), without(figures, SUBJECTS), round);
            for (String subject : SUBJECTS) {
                same(BigDecimal.valueOf(refused), figures.get(subject).value());
            }
            String last = days[1].minusDays(1).toString();
            assertEquals(
                    days[0] + "至" + last + "准入申请退回" + refused + "件",
                    figures.get("*").explanation().inDefaultLanguage());
            assertEquals(
                    days[0] + "至" + last + "全区准入申请退回" + refused + "件（准入登记不分街道，按全区计）",
                    figures.get("s1").explanation().inDefaultLanguage());
        }
        assertEquals(2, EvaluationCases.refusals(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 19)));
    }

    @Test
    void a_street_below_the_minimum_sample_has_no_rate_and_its_item_says_why() {
        Report autumn = report("R1");
        for (SubjectCard subject : autumn.subjects()) {
            Tally t = Tally.of(street(subject.subject()), DAYS.get("R1")[0], DAYS.get("R1")[1]);
            NodeScore resolution = subject.card().find("I1").orElseThrow();
            if (t.valid() < EvaluationData.MIN_SAMPLE) {
                assertNull(resolution.score(), subject.subject());
                assertFalse(resolution.complete());
                assertFalse(resolution.value().scored());
                assertEquals(
                        "有效回访" + t.valid() + "件，少于最少样本3件，不计算该率",
                        resolution.value().source().inDefaultLanguage());
                assertNull(subject.card().find("L1").orElseThrow().score(), "no rate, and not 0");
            } else {
                same(t.resolution(), resolution.score());
            }
        }
        assertEquals(
                List.of(4L, 2L, 2L),
                Arrays.stream(SUBJECTS)
                        .map(s -> Tally.of(street(s), DAYS.get("R1")[0], DAYS.get("R1")[1])
                                .valid())
                        .toList(),
                "the district has the sample, its streets do not");
    }

    @Test
    void the_report_sets_the_districts_rates_beside_the_pre_reform_baseline() {
        AssessmentService.BaselineComparison baseline = report("R2").baseline().orElseThrow();
        assertEquals(List.of("改革前（2018年）", "西城区改革评估报告"), List.of(baseline.label(), baseline.source()));
        Tally t = Tally.of(null, DAYS.get("R2")[0], DAYS.get("R2")[1]);
        List<RateRow> rows = baseline.rates();
        assertEquals(
                List.of(Measure.RESPONSE_RATE, Measure.RESOLUTION_RATE, Measure.SATISFACTION_RATE),
                rows.stream().map(RateRow::measure).toList());
        same(null, rows.get(0).baseline());
        same(new BigDecimal("39.17"), rows.get(1).baseline());
        same(new BigDecimal("65.76"), rows.get(2).baseline());
        same(
                t.resolution().setScale(8, RoundingMode.HALF_UP),
                rows.get(1).round().setScale(8, RoundingMode.HALF_UP));
        same(
                t.satisfaction().setScale(8, RoundingMode.HALF_UP),
                rows.get(2).round().setScale(8, RoundingMode.HALF_UP));
        assertTrue(
                rows.get(1).explanation().inDefaultLanguage().contains("回访" + t.valid() + "件中解决" + t.resolved() + "件"));
    }

    /** The keys of {@code figures} other than {@code subjects}. */
    private static Map<String, Figure> without(Map<String, Figure> figures, String... subjects) {
        Map<String, Figure> rest = new HashMap<>(figures);
        Arrays.asList(subjects).forEach(rest::remove);
        return rest;
    }

    @Test
    void the_resident_questions_rank_by_their_answers_mean_in_the_district_and_in_a_street() {
        AtomicReference<List<QuestionRanking.Row>> district = new AtomicReference<>();
        AtomicReference<List<QuestionRanking.Row>> s1 = new AtomicReference<>();
        EvaluationFixture.as(emf, EvaluationData.XICHENG, s -> {
            district.set(s.surveys().ranking(EvaluationData.V1, "resident", null));
            s1.set(s.surveys().ranking(EvaluationData.V1, "resident", "s1"));
        });
        // Recounted from the answers EvaluationData gave: Q1 is a 1–5 scale (25 points a step), Q2 an option.
        List<BigDecimal> q1All = new ArrayList<>();
        List<BigDecimal> q2All = new ArrayList<>();
        List<BigDecimal> q1s1 = new ArrayList<>();
        List<BigDecimal> q2s1 = new ArrayList<>();
        EvaluationData.RESIDENT.forEach((street, sheets) -> sheets.forEach(sheet -> {
            BigDecimal likert = BigDecimal.valueOf((Integer.parseInt(sheet.get(0)) - 1) * 25L);
            BigDecimal option = new BigDecimal(EvaluationData.OPTION.get(sheet.get(1)));
            q1All.add(likert);
            q2All.add(option);
            if (street.equals("s1")) {
                q1s1.add(likert);
                q2s1.add(option);
            }
        }));
        assertRanked(district.get(), q1All, q2All);
        assertRanked(s1.get(), q1s1, q2s1);
    }

    private static void assertRanked(List<QuestionRanking.Row> rows, List<BigDecimal> q1, List<BigDecimal> q2) {
        BigDecimal m1 = mean(q1);
        BigDecimal m2 = mean(q2);
        List<String> order = m1.compareTo(m2) >= 0 ? List.of("Q1", "Q2") : List.of("Q2", "Q1");
        assertEquals(order, rows.stream().map(QuestionRanking.Row::question).toList(), "free text is not ranked");
        for (QuestionRanking.Row r : rows) {
            List<BigDecimal> own = r.question().equals("Q1") ? q1 : q2;
            assertEquals(0, mean(own).compareTo(r.mean()), r.toString());
            assertEquals(own.size(), r.answers());
        }
        assertEquals(1, rows.get(0).rank());
        assertEquals(m1.compareTo(m2) == 0 ? 1 : 2, rows.get(1).rank());
    }

    private static BigDecimal mean(List<BigDecimal> scores) {
        return scores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 4, RoundingMode.HALF_UP);
    }
}
