package com.streetgov.evaluation.application;

import static com.streetgov.evaluation.application.EvaluationFixture.as;

import com.streetgov.assessment.application.ResultsIT;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.AssessorScore;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.evaluation.domain.IndicatorSystem;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.Question.Option;
import com.streetgov.evaluation.domain.QuestionRef;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link EvaluationIT} runs on — the indicator system, Xicheng's matters and visits, the answers
 * given through the links — and the scores expected from them, counted by hand: each rate from the
 * rows, each answer's score from the model's scale, each group as {@code Σ weight × score / Σ weight}
 * over the children with a score.
 */
final class EvaluationData {

    private EvaluationData() {}

    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final DistrictId LUOHU = DistrictId.of("luohu");
    static final String V1 = "2026版";
    static final String V2 = "2026下半年";
    static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    /** Answers through each street's resident links: Q1 (Likert 1–5), Q2 (an option). */
    static final Map<String, List<List<String>>> RESIDENT = Map.of(
            "s1", List.of(List.of("5", "a"), List.of("3", "b")),
            "s2", List.of(List.of("4", "c"), List.of("2", "b")));
    /** Answers through the district's staff links: S1 (options, several allowed). */
    static final List<List<String>> STAFF = List.of(List.of("x", "y"), List.of("z"));
    /** What the options score, as the model says. */
    static final Map<String, String> OPTION =
            Map.of("a", "100", "b", "60.5", "c", "0", "x", "100", "y", "50", "z", "0");

    /**
     * Writes the IT's data: the rules (Xicheng 19th–18th, Luohu calendar months), the matters, Xicheng's
     * two versions and Luohu's one, the round's links answered, rounds R1 and R2 and the assessors'
     * scores. Returns the warnings of saving 2026版.
     */
    static List<IndicatorFinding> seed(TestDatabase db, EntityManagerFactory emf) throws Exception {
        List<IndicatorFinding> warnings = new ArrayList<>();
        EvaluationFixture.rules(emf, XICHENG, 19);
        EvaluationFixture.rules(emf, LUOHU, 1);
        try (Connection c = db.connect()) {
            ResultsIT.insert(c, "xicheng", MATTERS);
            ResultsIT.insert(c, "luohu", LUOHU_MATTERS);
        }
        EvaluationCases.seed(db, emf);
        as(emf, XICHENG, s -> {
            warnings.addAll(s.evaluation().save(model(V1, JANUARY, "20"), "按区文件制定"));
            s.evaluation().save(model(V2, JULY, "20"), "下半年起适用");
        });
        as(emf, LUOHU, s -> s.evaluation().save(model("罗湖2026", JANUARY, "20"), "罗湖区试行"));
        as(emf, XICHENG, s -> {
            for (String street : List.of("s1", "s2")) {
                List<List<String>> given = RESIDENT.get(street);
                List<String> links = s.surveys().issue(V1, "resident", street, street.equals("s1") ? 3 : 2);
                for (int i = 0; i < given.size(); i++) {
                    s.surveys()
                            .answer(
                                    links.get(i),
                                    EvaluationFixture.resident(
                                            given.get(i).get(0), given.get(i).get(1), "多沟通"));
                }
            }
            List<String> staff = s.surveys().issue(V1, "staff", null, STAFF.size());
            for (int i = 0; i < STAFF.size(); i++) {
                s.surveys().answer(staff.get(i), Map.of("S1", STAFF.get(i)));
            }
            AssessmentService a = s.assessment();
            a.open("R1", "2026年秋季测评", YearMonth.of(2026, 10), YearMonth.of(2026, 11), V1);
            a.open("R2", "2026年12月测评", YearMonth.of(2026, 12), YearMonth.of(2026, 12), V1);
            a.score("R1", "s1", "I5", new BigDecimal("60"), "台账不全");
            a.score("R2", "s1", "I5", new BigDecimal("80"), "走访核实，台账齐全");
            a.score("R2", "*", "I5", new BigDecimal("90"), "区级复核");
        });
        return warnings;
    }

    /**
     * The IT's indicator system: 工作成效 60 (三率 50 = 解决率 40 + 满意率 60; 居民评价 30 from two resident
     * questions; 干部评价 {@code staffWeight} from a staff question) and 组织保障 40 (区级评议 50 by an
     * assessor; 覆盖问题 50, a count of the duty list's coverage problems, 2.5 off per problem, 待确认). The staff questionnaire is listed first.
     */
    static EvaluationModel model(String version, LocalDate from, String staffWeight) {
        Indicator resolution = Indicator.item("I1", "解决率", "40", new SystemFigure(Measure.RESOLUTION_RATE), true);
        Indicator satisfaction = Indicator.item("I2", "满意率", "60", new SystemFigure(Measure.SATISFACTION_RATE), true);
        Indicator rates = Indicator.group("L1", "三率", "50", true, List.of(resolution, satisfaction));
        Indicator residents = Indicator.item(
                "I3",
                "居民评价",
                "30",
                new Answers(List.of(QuestionRef.parse("resident/Q1"), QuestionRef.parse("resident/Q2"))),
                true);
        Indicator staff =
                Indicator.item("I4", "干部评价", staffWeight, new Answers(List.of(QuestionRef.parse("staff/S1"))), true);
        Indicator outcome = Indicator.group("C1", "工作成效", "60", true, List.of(rates, residents, staff));
        Indicator review = Indicator.item("I5", "区级评议", "50", new AssessorScore(), true);
        Indicator coverage = Indicator.item(
                "I6", "覆盖问题", "50", new SystemFigure(Measure.COVERAGE_PROBLEMS, new BigDecimal("2.5")), false);
        Indicator support = Indicator.group("C2", "组织保障", "40", true, List.of(review, coverage));
        Questionnaire staffForm = new Questionnaire(
                "staff",
                "干部问卷",
                Questionnaire.Audience.STAFF,
                List.of(new Question(
                        "S1",
                        Question.Kind.MULTIPLE,
                        "改革带来了哪些变化",
                        List.of(
                                new Option("x", "响应更快", new BigDecimal("100")),
                                new Option("y", "协同更顺", new BigDecimal("50")),
                                new Option("z", "没有变化", new BigDecimal("0"))))));
        Questionnaire residentForm = new Questionnaire(
                "resident",
                "居民问卷",
                Questionnaire.Audience.RESIDENT,
                List.of(
                        new Question("Q1", Question.Kind.LIKERT, "您对街道办理诉求的满意程度", List.of()),
                        new Question(
                                "Q2",
                                Question.Kind.SINGLE,
                                "诉求是否解决",
                                List.of(
                                        new Option("a", "已解决", new BigDecimal("100")),
                                        new Option("b", "部分解决", new BigDecimal("60.5")),
                                        new Option("c", "未解决", new BigDecimal("0")))),
                        new Question("Q3", Question.Kind.TEXT, "意见和建议", List.of())));
        return new EvaluationModel(
                new IndicatorSystem(version, "街道工作评估（" + version + "）", from, List.of(outcome, support)),
                List.of(staffForm, residentForm),
                "测试用指标体系");
    }

    /**
     * Xicheng's matters (ResultsIT's rows: number, street, unit, category, received, visit outcome
     * "contacted resolved satisfaction", exclusion). Round R2 is the period 2026-12 (19 Nov – 18 Dec),
     * round R1 the periods 2026-10 and 2026-11 (19 Sep – 18 Nov); E16 falls before both.
     */
    static final String[][] MATTERS = {
        {"E01", "s1", "u1", null, "2026-11-19T00:00", "c r S", null},
        {"E02", "s1", "u1", null, "2026-11-20T09:00", "c r B", null},
        {"E03", "s1", "u1", null, "2026-11-21T09:00", "c - N", null},
        {"E04", "s1", "u1", null, "2026-11-22T09:00", "c - B", null},
        {"E05", "s1", "u1", null, "2026-11-22T10:00", "UNREACHABLE", null},
        {"E06", "s1", "u1", null, "2026-11-23T09:00", "c r S", "APPROVED"},
        {"E07", "s1", "u1", null, "2026-11-24T09:00", "DUE", null},
        {"E08", "s2", "u2", null, "2026-11-19T12:00", "c r S", null},
        {"E09", "s2", "u2", null, "2026-11-20T12:00", "c r S", null},
        {"E10", "s2", "u2", null, "2026-11-21T12:00", "c r B", null},
        {"E11", "s2", "u2", null, "2026-11-22T12:00", "- - N", null},
        {"E12", "s1", "u1", null, "2026-09-19T00:00", "c r S", null},
        {"E13", "s1", "u1", null, "2026-11-18T23:59", "c r S", null},
        {"E14", "s2", "u2", null, "2026-10-05T09:00", "c - N", null},
        {"E15", "s2", "u2", null, "2026-10-06T09:00", "c r S", null},
        {"E16", "s1", "u1", null, "2026-09-18T23:59", "- - N", null},
    };

    /** Luohu's matters: the same street codes in the same days, all unresolved (would show if they leaked). */
    static final String[][] LUOHU_MATTERS = {
        {"E01", "s1", "u1", null, "2026-11-20T09:00", "- - N", null},
        {"E02", "s2", "u1", null, "2026-11-20T09:00", "c - N", null},
    };

    /** The rules' minimum sample of valid visits ({@link EvaluationFixture#rules}). */
    static final long MIN_SAMPLE = 3;

    /**
     * The valid visits of {@link #MATTERS} counted by hand: received in [from, to), not excluded, reached;
     * below {@link #MIN_SAMPLE} the rates are none.
     */
    record Tally(long valid, long resolved, long satisfied, long basically) {

        static Tally of(String street, LocalDate from, LocalDate to) {
            long valid = 0;
            long resolved = 0;
            long satisfied = 0;
            long basically = 0;
            for (String[] m : MATTERS) {
                LocalDate received = LocalDateTime.parse(m[4]).toLocalDate();
                boolean in = !received.isBefore(from) && received.isBefore(to);
                boolean reached = m[5].contains(" ");
                if ((street == null || street.equals(m[1])) && in && reached && m[6] == null) {
                    valid++;
                    resolved += m[5].charAt(2) == 'r' ? 1 : 0;
                    satisfied += m[5].charAt(4) == 'S' ? 1 : 0;
                    basically += m[5].charAt(4) == 'B' ? 1 : 0;
                }
            }
            return new Tally(valid, resolved, satisfied, basically);
        }

        /** 解决率 in percent (null below the minimum sample). */
        BigDecimal resolution() {
            return percent(BigDecimal.valueOf(resolved));
        }

        /** 满意率 in percent, a basically satisfied visit counting 0.9 (null below the minimum sample). */
        BigDecimal satisfaction() {
            return percent(
                    BigDecimal.valueOf(satisfied).add(new BigDecimal("0.9").multiply(BigDecimal.valueOf(basically))));
        }

        private BigDecimal percent(BigDecimal numerator) {
            if (valid < MIN_SAMPLE) {
                return null;
            }
            return numerator
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(valid), MathContext.DECIMAL128);
        }
    }

    /** Σ weight × score / Σ weight over the (weight, score) pairs that have a score; null when none has. */
    static BigDecimal mean(Object... pairs) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] instanceof BigDecimal score) {
                BigDecimal weight = new BigDecimal((String) pairs[i]);
                weighted = weighted.add(weight.multiply(score));
                weights = weights.add(weight);
            }
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, MathContext.DECIMAL128);
    }

    /** The plain mean of some scores. */
    static BigDecimal average(List<BigDecimal> scores) {
        return scores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), MathContext.DECIMAL128);
    }

    /**
     * The expected L1, C1, C2 and total from the hand counts, the answers' and the assessor's scores and
     * the coverage problems (覆盖问题 scores 100 − 2.5 per problem).
     */
    static BigDecimal[] expected(Tally t, BigDecimal residents, BigDecimal staff, BigDecimal review, long problems) {
        BigDecimal rates = mean("40", t.resolution(), "60", t.satisfaction());
        BigDecimal outcome = mean("50", rates, "30", residents, "20", staff);
        BigDecimal support = mean("50", review, "50", coverageScore(problems));
        return new BigDecimal[] {rates, outcome, support, mean("60", outcome, "40", support)};
    }

    /** 覆盖问题's score: 100 − 2.5 per problem, not below 0. */
    static BigDecimal coverageScore(long problems) {
        return BigDecimal.valueOf(100)
                .subtract(new BigDecimal("2.5").multiply(BigDecimal.valueOf(problems)))
                .max(BigDecimal.ZERO);
    }

    static BigDecimal residentScore(String street) {
        List<BigDecimal> scores = new ArrayList<>();
        for (String s : street == null ? List.of("s1", "s2") : List.of(street)) {
            for (List<String> a : RESIDENT.get(s)) {
                scores.add(BigDecimal.valueOf((Integer.parseInt(a.get(0)) - 1) * 25L));
                scores.add(new BigDecimal(OPTION.get(a.get(1))));
            }
        }
        return average(scores);
    }

    static BigDecimal staffScore() {
        return average(STAFF.stream()
                .map(a -> average(
                        a.stream().map(o -> new BigDecimal(OPTION.get(o))).toList()))
                .toList());
    }
}
