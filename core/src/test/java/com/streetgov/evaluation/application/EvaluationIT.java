package com.streetgov.evaluation.application;

import static com.streetgov.evaluation.application.EvaluationData.JANUARY;
import static com.streetgov.evaluation.application.EvaluationData.JULY;
import static com.streetgov.evaluation.application.EvaluationData.LUOHU;
import static com.streetgov.evaluation.application.EvaluationData.V1;
import static com.streetgov.evaluation.application.EvaluationData.V2;
import static com.streetgov.evaluation.application.EvaluationData.XICHENG;
import static com.streetgov.evaluation.application.EvaluationData.expected;
import static com.streetgov.evaluation.application.EvaluationData.model;
import static com.streetgov.evaluation.application.EvaluationData.residentScore;
import static com.streetgov.evaluation.application.EvaluationData.staffScore;
import static com.streetgov.evaluation.application.EvaluationFixture.answered;
import static com.streetgov.evaluation.application.EvaluationFixture.columns;
import static com.streetgov.evaluation.application.EvaluationFixture.count;
import static com.streetgov.evaluation.application.EvaluationFixture.lines;
import static com.streetgov.evaluation.application.EvaluationFixture.refused;
import static com.streetgov.evaluation.application.EvaluationFixture.resident;
import static com.streetgov.evaluation.application.EvaluationFixture.same;
import static com.streetgov.evaluation.application.EvaluationFixture.summaries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.evaluation.application.AssessmentService.Report;
import com.streetgov.evaluation.application.AssessmentService.SubjectCard;
import com.streetgov.evaluation.application.EvaluationData.Tally;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.evaluation.domain.ItemValue;
import com.streetgov.evaluation.domain.Scorecard;
import com.streetgov.evaluation.domain.SurveyRepository.Progress;
import com.streetgov.open311.domain.Secret;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation (DD035) on the real schema under row-level security, services wired by hand. Xicheng
 * saves the IT's indicator system twice (2026版 from 1 January, 2026下半年 from 1 July), Luohu once.
 * For the rounds, Xicheng's matters and visits are written as the owner, resident links are issued for
 * s1 (3) and s2 (2) and staff links for the district (2), all but one answered on 25 November 2026;
 * round R1 covers 2026-10..2026-11 and R2 2026-12 (Beijing's 19th–18th periods). Every expected score
 * is recounted here from those rows and answers, never taken from the production computation.
 */
class EvaluationIT {

    static TestDatabase db;
    static EntityManagerFactory emf;
    static List<IndicatorFinding> warnings;

    @BeforeAll
    static void seed() throws Exception {
        db = TestDatabase.fresh("streetgov_it_evaluation");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        warnings = EvaluationData.seed(db, emf);
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    static void as(DistrictId district, EvaluationFixture.Work work) {
        EvaluationFixture.as(emf, district, work);
    }

    // ---- 1. saving a model ------------------------------------------------------------------------

    @Test
    void a_valid_model_is_saved_and_read_back_equal() {
        as(XICHENG, s -> {
            EvaluationModel saved = s.evaluation().model(V1).orElseThrow();
            assertEquals(model(V1, JANUARY, "20"), saved);
            assertEquals(
                    List.of("staff", "resident"),
                    saved.questionnaires().stream().map(q -> q.code()).toList());
            List<EvaluationVersion> versions = s.evaluation().versions();
            assertEquals(
                    List.of(V2, V1),
                    versions.stream().map(EvaluationVersion::version).toList());
            EvaluationVersion first = versions.get(1);
            assertEquals(
                    List.of("xicheng-admin", "按区文件制定", EvaluationFixture.NOW),
                    List.of(first.createdBy(), first.reason(), first.createdAt()));
        });
        assertEquals(
                List.of("I6"), warnings.stream().map(IndicatorFinding::code).toList(), "覆盖问题 is 待确认");
        assertTrue(warnings.stream().noneMatch(IndicatorFinding::isError));
        // the rows as the owner sees them: weights and the deduction exactly as given, links as JSON
        assertEquals(
                List.of(
                        "C1 - 60 - -",
                        "L1 C1 50 - -",
                        "I1 L1 40 - -",
                        "I2 L1 60 - -",
                        "I3 C1 30 - [\"resident/Q1\",\"resident/Q2\"]",
                        "I4 C1 20 - [\"staff/S1\"]",
                        "C2 - 40 - -",
                        "I5 C2 50 - -",
                        "I6 C2 50 2.5 -"),
                lines(
                        db,
                        "select code, coalesce(parent_code, '-'), weight, coalesce(deduction::text, '-'),"
                                + " coalesce(questions, '-') from indicator where district_id = 'xicheng' and version = ? order by position",
                        V1));
        assertEquals(
                List.of("xicheng-admin 评估指标体系版本“2026版”自2026-01-01起：共6项指标"),
                summaries(db, "district_id = 'xicheng' and area = 'EVALUATION' and reason = '按区文件制定'"));
    }

    @Test
    void weights_not_adding_up_a_taken_missing_or_long_version_a_taken_date_and_no_reason_are_refused() {
        long versions = count(db, "select count(*) from indicator_system where district_id = 'xicheng'");
        long nodes = count(db, "select count(*) from indicator where district_id = 'xicheng'");
        as(XICHENG, s -> {
            EvaluationService e = s.evaluation();
            RefusedException sum = assertThrows(
                    RefusedException.class, () -> e.save(model("2027版", LocalDate.of(2027, 1, 1), "10"), "调整"));
            assertEquals("evaluation.save.invalid", sum.text().key());
            assertTrue(
                    sum.getMessage().contains("有1处错误") && sum.getMessage().contains("“工作成效”下各项权重合计为90"),
                    sum.getMessage());
            refused(
                    "version",
                    "evaluation.save.versionTaken",
                    () -> e.save(model(V1, LocalDate.of(2027, 1, 1), "20"), "重名"));
            refused("effectiveFrom", "evaluation.save.dateTaken", () -> e.save(model("2027版", JULY, "20"), "同日"));
            refused(
                    "version",
                    "evaluation.save.versionName",
                    () -> e.save(model(" ", LocalDate.of(2027, 1, 1), "20"), "无名"));
            refused(
                    "version",
                    "evaluation.save.versionName",
                    () -> e.save(model("版".repeat(33), LocalDate.of(2027, 1, 1), "20"), "过长"));
            refused(
                    "reason",
                    "evaluation.save.reasonMissing",
                    () -> e.save(model("2027版", LocalDate.of(2027, 1, 1), "20"), " "));
        });
        assertEquals(versions, count(db, "select count(*) from indicator_system where district_id = 'xicheng'"));
        assertEquals(nodes, count(db, "select count(*) from indicator where district_id = 'xicheng'"));
    }

    @Test
    void the_version_in_force_is_the_latest_effective_on_the_day() {
        as(XICHENG, s -> {
            assertTrue(s.evaluation().inForce(JANUARY.minusDays(1)).isEmpty());
            for (LocalDate day : List.of(JANUARY, JULY.minusDays(1), JULY, LocalDate.of(2030, 1, 1))) {
                String expected = day.isBefore(JULY) ? V1 : V2;
                assertEquals(
                        expected,
                        s.evaluation().inForce(day).orElseThrow().system().version(),
                        day.toString());
            }
        });
        as(
                LUOHU,
                s -> assertEquals(
                        "罗湖2026",
                        s.evaluation().inForce(JULY).orElseThrow().system().version()));
    }

    // ---- 2. links ---------------------------------------------------------------------------------

    @Test
    void a_link_shows_its_questionnaire_takes_one_answer_and_the_answer_keeps_no_trace_of_it() {
        List<String> secrets = new ArrayList<>();
        as(XICHENG, s -> {
            secrets.addAll(s.surveys().issue(V2, "resident", "s1", 3));
            secrets.addAll(s.surveys().issue(V2, "resident", "s2", 2));
        });
        assertEquals(5, new HashSet<>(secrets).size());
        assertTrue(secrets.stream().allMatch(q -> q.matches("q_[A-Za-z0-9_-]{43}")), secrets.toString());
        for (String secret : secrets) { // kept as the SHA-256 only
            assertEquals(1, count(db, "select count(*) from survey_link where token_hash = ?", Secret.hash(secret)));
            assertEquals(
                    0,
                    count(
                            db,
                            "select count(*) from survey_link l where l::text like ?",
                            "%" + secret.substring(2) + "%"));
        }
        String first = secrets.get(0);
        Map<String, List<String>> answers = resident("4", "a");
        as(XICHENG, s -> {
            SurveyService.Form form = s.surveys().open(first).orElseThrow();
            assertEquals(model(V2, JULY, "20").questionnaire("resident").orElseThrow(), form.questionnaire());
            assertEquals(List.of("s1", "一街道"), List.of(form.street(), form.streetName()));
            s.surveys().answer(first, answers);
            refused(null, "evaluation.link.unusable", () -> s.surveys().answer(first, answers));
            assertTrue(s.surveys().open(first).isEmpty(), "a used link opens nothing");
            String altered = first.substring(0, first.length() - 1) + (first.endsWith("A") ? "B" : "A");
            for (String other :
                    Arrays.asList(altered, Secret.generate("q"), "o311" + first.substring(1), "q_short", null)) {
                assertTrue(s.surveys().open(other).isEmpty(), String.valueOf(other));
            }
            refused(null, "evaluation.link.unusable", () -> s.surveys().answer(altered, answers));
            s.surveys().answer(secrets.get(3), resident("2", "c"));
            assertEquals(
                    List.of(new Progress("resident", "s1", 3, 1), new Progress("resident", "s2", 2, 1)),
                    s.surveys().progress(V2).stream()
                            .filter(p -> p.street() != null)
                            .toList());
        });
        assertEquals(
                List.of("Q1 [\"4\"] 2026-11-25", "Q2 [\"a\"] 2026-11-25"),
                lines(
                        db,
                        "select a.question_code, a.answer, r.answered_on from survey_response r"
                                + " join survey_answer a on a.district_id = r.district_id and a.response_id = r.id"
                                + " where r.version = ? and r.street_code = 's1' order by 1",
                        V2));
        assertEquals(
                List.of("district_id", "id", "version", "questionnaire_code", "street_code", "answered_on"),
                columns(db, "survey_response"));
        assertEquals(List.of("district_id", "response_id", "question_code", "answer"), columns(db, "survey_answer"));
        String hash = Secret.hash(first);
        String batch = lines(db, "select batch from survey_link where token_hash = ?", hash)
                .get(0);
        for (String trace : List.of(first, hash, batch)) {
            assertEquals(
                    0, count(db, "select count(*) from survey_response r where r::text like ?", "%" + trace + "%"));
            assertEquals(0, count(db, "select count(*) from survey_answer a where a::text like ?", "%" + trace + "%"));
        }
    }

    @Test
    void a_link_of_luohu_opens_nothing_while_bound_to_xicheng() {
        String[] link = new String[1];
        as(
                LUOHU,
                s -> link[0] = s.surveys().issue("罗湖2026", "resident", "s1", 1).get(0));
        as(XICHENG, s -> {
            assertTrue(s.surveys().open(link[0]).isEmpty());
            refused(null, "evaluation.link.unusable", () -> s.surveys().answer(link[0], resident("5", "a")));
            assertTrue(s.surveys().progress("罗湖2026").isEmpty());
        });
        assertFalse(answered(db, link[0]));
        as(
                LUOHU,
                s -> assertEquals("s1", s.surveys().open(link[0]).orElseThrow().street(), "Luohu's own link works"));
    }

    @Test
    void bad_answers_are_refused_naming_the_field_and_write_nothing() {
        String[] link = new String[1];
        as(XICHENG, s -> link[0] = s.surveys().issue(V2, "resident", null, 1).get(0));
        String rows = "select (select count(*) from survey_response) + 1000 * (select count(*) from survey_answer)";
        long before = count(db, rows);
        as(XICHENG, s -> {
            SurveyService q = s.surveys();
            refused("answer.Q1", "evaluation.answer.likert", () -> q.answer(link[0], resident("6", "a")));
            refused("answer.Q2", "evaluation.answer.option", () -> q.answer(link[0], resident("3", "d")));
            refused(
                    "answer.Q2",
                    "evaluation.answer.option",
                    () -> q.answer(link[0], Map.of("Q1", List.of("3"), "Q2", List.of("a", "b"))));
            refused(
                    "answer.Q3",
                    "evaluation.answer.tooLong",
                    () -> q.answer(link[0], resident("3", "a", "意".repeat(1001))));
            refused("answer.Q1", "evaluation.answer.missing", () -> q.answer(link[0], Map.of("Q2", List.of("a"))));
            refused("answer.Q2", "evaluation.answer.missing", () -> q.answer(link[0], resident("3", " ")));
        });
        assertEquals(before, count(db, rows), "no response or answer written");
        assertFalse(answered(db, link[0]));
        as(XICHENG, s -> s.surveys().answer(link[0], resident("3", "b", "意".repeat(1000))));
        assertEquals(before + 1 + 3 * 1000, count(db, rows), "1,000 characters are taken");
    }

    // ---- 3. assessment rounds ---------------------------------------------------------------------

    static Report report(String round) {
        Report[] out = new Report[1];
        as(XICHENG, s -> out[0] = s.assessment().report(round).orElseThrow());
        return out[0];
    }

    static ItemValue value(Scorecard card, String code) {
        return card.find(code).orElseThrow().value();
    }

    @Test
    void a_round_scores_every_item_from_its_traceable_source_and_the_totals_recount() {
        Report report = report("R2");
        assertEquals(
                List.of("*", "s1", "s2"),
                report.subjects().stream().map(SubjectCard::subject).toList());
        assertEquals(
                Arrays.asList(null, "一街道", "二街道"),
                report.subjects().stream().map(SubjectCard::name).toList());
        for (SubjectCard subject : report.subjects()) {
            String street = subject.subject().equals("*") ? null : subject.subject();
            Scorecard card = subject.card();
            Tally t = Tally.of(street, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 19));
            ItemValue resolution = value(card, "I1");
            same(t.resolution(), resolution.score());
            assertEquals(ItemValue.Origin.SYSTEM_FIGURE, resolution.origin());
            String said = resolution.source().inDefaultLanguage();
            assertTrue(said.contains("回访" + t.valid() + "件中解决" + t.resolved() + "件"), said);
            same(t.satisfaction(), value(card, "I2").score());
            said = value(card, "I2").source().inDefaultLanguage();
            assertTrue(said.contains("满意" + t.satisfied() + "件、基本满意" + t.basically() + "件"), said);
            BigDecimal residents = residentScore(street);
            ItemValue answered = value(card, "I3");
            same(residents, answered.score());
            assertEquals(ItemValue.Origin.ANSWERS, answered.origin());
            int count = street == null ? 8 : 4;
            assertEquals(
                    count + "个回答平均" + residents.setScale(2, RoundingMode.HALF_UP) + "分",
                    answered.source().inDefaultLanguage());
            BigDecimal staff = street == null ? staffScore() : null;
            same(staff, card.find("I4").orElseThrow().score());
            BigDecimal review =
                    street == null ? new BigDecimal("90") : "s1".equals(street) ? new BigDecimal("80") : null;
            same(review, card.find("I5").orElseThrow().score());
            if (review != null) {
                assertEquals(ItemValue.Origin.ASSESSOR, value(card, "I5").origin());
                assertTrue(value(card, "I5").source().inDefaultLanguage().startsWith("xicheng-admin打分："));
            }
            long problems = EvaluationCases.COVERAGE.get("R2").get(subject.subject());
            same(
                    EvaluationData.coverageScore(problems),
                    card.find("I6").orElseThrow().score());
            BigDecimal[] e = expected(t, residents, staff, review, problems);
            same(e[0], card.find("L1").orElseThrow().score());
            same(e[1], card.find("C1").orElseThrow().score());
            same(e[2], card.find("C2").orElseThrow().score());
            same(e[3], card.total());
            List<Boolean> complete = Stream.of("L1", "C1", "C2")
                    .map(c -> card.find(c).orElseThrow().complete())
                    .toList();
            assertEquals(
                    List.of(true, street == null, review != null),
                    complete,
                    "a missing score leaves its group incomplete");
            assertEquals(street == null, card.complete());
        }
        same(new BigDecimal("74.215625"), report.subjects().get(1).card().total()); // s1, counted on paper
        as(
                XICHENG,
                s -> assertEquals(
                        List.of(
                                new Progress("resident", "s1", 3, 2),
                                new Progress("resident", "s2", 2, 2),
                                new Progress("staff", null, 2, 2)),
                        s.surveys().progress(V1)));
    }

    @Test
    void the_previous_rounds_total_stands_beside_a_later_round() {
        Report autumn = report("R1");
        Report december = report("R2");
        assertTrue(autumn.subjects().stream().allMatch(c -> c.previousTotal() == null), "R1 has no round before it");
        for (SubjectCard subject : december.subjects()) {
            String street = subject.subject().equals("*") ? null : subject.subject();
            Tally t = Tally.of(street, LocalDate.of(2026, 9, 19), LocalDate.of(2026, 11, 19));
            BigDecimal review = "s1".equals(street) ? new BigDecimal("60") : null;
            BigDecimal total = expected(
                    t, null, null, review, EvaluationCases.COVERAGE.get("R1").get(subject.subject()))[3];
            same(total, subject.previousTotal());
            same(
                    total,
                    autumn.subjects().stream()
                            .filter(c -> c.subject().equals(subject.subject()))
                            .findFirst()
                            .orElseThrow()
                            .card()
                            .total());
        }
    }

    @Test
    void an_assessors_score_needs_a_reason_a_score_within_0_to_100_and_an_assessed_item() {
        String scores = "select count(*) from assessor_score where district_id = 'xicheng'";
        long before = count(db, scores);
        as(XICHENG, s -> {
            AssessmentService a = s.assessment();
            BigDecimal seventy = new BigDecimal("70");
            refused("reason", "evaluation.score.reasonMissing", () -> a.score("R2", "s2", "I5", seventy, " "));
            refused("reason", "evaluation.score.reasonMissing", () -> a.score("R2", "s2", "I5", seventy, null));
            refused("score", "evaluation.score.range", () -> a.score("R2", "s2", "I5", new BigDecimal("100.01"), "过高"));
            refused("score", "evaluation.score.range", () -> a.score("R2", "s2", "I5", new BigDecimal("-1"), "为负"));
            refused("score", "evaluation.score.range", () -> a.score("R2", "s2", "I5", null, "无分"));
            refused("indicator", "evaluation.score.notAssessed", () -> a.score("R2", "s2", "I1", seventy, "系统数据"));
            refused("indicator", "evaluation.score.notAssessed", () -> a.score("R2", "s2", "C2", seventy, "类别"));
            refused("subject", "evaluation.street.notFound", () -> a.score("R2", "s9", "I5", seventy, "无此街道"));
            refused("round", "evaluation.round.notFound", () -> a.score("R9", "s2", "I5", seventy, "无此测评"));
        });
        assertEquals(before, count(db, scores));
        assertEquals(List.of("xicheng-admin 测评“R2”对象s1：“区级评议”评分80"), summaries(db, "reason = '走访核实，台账齐全'"));
    }
}
