package com.streetgov.evaluation.application;

import static com.streetgov.evaluation.application.EvaluationData.JANUARY;
import static com.streetgov.evaluation.application.EvaluationData.LUOHU;
import static com.streetgov.evaluation.application.EvaluationData.V1;
import static com.streetgov.evaluation.application.EvaluationData.XICHENG;
import static com.streetgov.evaluation.application.EvaluationData.model;
import static com.streetgov.evaluation.application.EvaluationFixture.DEPARTMENTS;
import static com.streetgov.evaluation.application.EvaluationFixture.count;
import static com.streetgov.evaluation.application.EvaluationFixture.lines;
import static com.streetgov.evaluation.application.EvaluationFixture.refused;
import static com.streetgov.evaluation.application.EvaluationFixture.summaries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.evaluation.application.PanelService.DelegateLink;
import com.streetgov.evaluation.application.PanelService.Generation;
import com.streetgov.evaluation.domain.Delegate;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.PanelRepository.Turnout;
import com.streetgov.evaluation.domain.Project;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.QuestionRanking;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.tenancy.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14 item 5 on the real schema under row-level security: Xicheng keeps residents' delegates and
 * co-governance projects, generates the delegates' scoring questionnaire and the streets' department
 * rating into new versions, issues one link per delegate and ranks the projects by the votes; the
 * expected means are worked out here from the Likert values given (1–5 score 0, 25, 50, 75, 100).
 * The tests run in order: each builds on the rows the previous one left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PanelIT {

    static final String PROJECTS = "2026共治";
    static final String DEPARTMENT_VERSION = "2026部门评价";

    static TestDatabase db;
    static EntityManagerFactory emf;
    static final List<DelegateLink> LINKS = new ArrayList<>();

    @BeforeAll
    static void seed() {
        db = TestDatabase.fresh("streetgov_it_panel");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        EvaluationFixture.as(emf, XICHENG, s -> s.evaluation().save(model(V1, JANUARY, "20"), "按区文件制定"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    @Order(1)
    void delegates_are_kept_per_street_and_bad_ones_refused_naming_the_field() {
        EvaluationFixture.as(emf, XICHENG, s -> {
            PanelService p = s.panels();
            p.addDelegate("s1", " 张三 ", "楼门长");
            p.addDelegate("s1", "李四", "");
            Delegate leaving = p.addDelegate("s2", "王五", null);
            p.addDelegate("s2", "赵六", "");
            p.retireDelegate(leaving.id());
            refused("street", "evaluation.street.notFound", () -> p.addDelegate("s9", "某人", ""));
            refused("name", "evaluation.panel.delegateName", () -> p.addDelegate("s1", "  ", ""));
            refused("name", "evaluation.panel.delegateName", () -> p.addDelegate("s1", "名".repeat(101), ""));
            refused("note", "evaluation.panel.noteTooLong", () -> p.addDelegate("s1", "某人", "注".repeat(201)));
            refused("delegate", "evaluation.panel.delegateNotFound", () -> p.retireDelegate("nobody"));
            assertEquals(
                    List.of("s1 张三 楼门长 false", "s1 李四  false", "s2 王五  true", "s2 赵六  false"),
                    p.delegates().stream()
                            .map(d -> d.street() + " " + d.name() + " " + d.note() + " " + d.retired())
                            .toList());
        });
        EvaluationFixture.as(
                emf, LUOHU, s -> assertEquals(List.of(), s.panels().delegates(), "Xicheng's stay Xicheng's"));
        assertTrue(
                summaries(db, "district_id = 'xicheng' and area = 'EVALUATION'")
                        .containsAll(List.of("xicheng-admin 新增一街道议事代表张三", "xicheng-admin 二街道议事代表王五已卸任")),
                summaries(db, "district_id = 'xicheng' and area = 'EVALUATION'").toString());
    }

    @Test
    @Order(2)
    void projects_are_records_of_a_street_and_year() {
        EvaluationFixture.as(emf, XICHENG, s -> {
            PanelService p = s.panels();
            p.saveProject(new Project("P1", "s1", "老旧小区加装电梯", "共12部", 2026));
            p.saveProject(new Project("P2", "s2", "背街小巷整治", "", 2026));
            p.saveProject(new Project("P0", "s1", "社区花园", "", 2025));
            p.saveProject(new Project("P2", "s2", "背街小巷环境整治", "改名", 2026));
            refused(
                    "code",
                    "evaluation.panel.projectCode",
                    () -> p.saveProject(new Project("P 3", "s1", "x", "", 2026)));
            refused(
                    "street",
                    "evaluation.street.notFound",
                    () -> p.saveProject(new Project("P3", "s7", "x", "", 2026)));
            refused(
                    "name",
                    "evaluation.panel.projectName",
                    () -> p.saveProject(new Project("P3", "s1", " ", "", 2026)));
            refused("year", "evaluation.panel.year", () -> p.saveProject(new Project("P3", "s1", "x", "", 1999)));
            refused(
                    "summary",
                    "evaluation.panel.summaryTooLong",
                    () -> p.saveProject(new Project("P3", "s1", "x", "简".repeat(1001), 2026)));
            refused("code", "evaluation.panel.projectNotFound", () -> p.removeProject("P9"));
            assertEquals(
                    List.of("P1 s1 老旧小区加装电梯 2026", "P2 s2 背街小巷环境整治 2026", "P0 s1 社区花园 2025"),
                    p.projects().stream()
                            .map(x -> x.code() + " " + x.street() + " " + x.name() + " " + x.year())
                            .toList());
        });
        assertEquals(
                0L, count(db, "select count(*) from cogovernance_project where code = 'P3'"), "nothing half-written");
    }

    @Test
    @Order(3)
    void the_scoring_questionnaire_is_generated_from_the_years_projects_into_a_new_version() {
        EvaluationFixture.as(emf, XICHENG, s -> {
            PanelService p = s.panels();
            LocalDate july = LocalDate.of(2026, 7, 1);
            refused(
                    "year",
                    "evaluation.panel.noProjects",
                    () -> p.generateProjectScoring(new Generation("projects", "共治项目评议", null, "x", july, "问效会"), 2030));
            refused(
                    "code",
                    "evaluation.panel.questionnaireCode",
                    () -> p.generateProjectScoring(new Generation("项目", "共治项目评议", null, "x", july, "问效会"), 2026));
            refused(
                    "version",
                    "evaluation.save.versionTaken",
                    () -> p.generateProjectScoring(new Generation("projects", "共治项目评议", null, V1, july, "问效会"), 2026));
            p.generateProjectScoring(new Generation("projects", "共治项目评议", "其他意见", PROJECTS, july, "问效会"), 2026);
            EvaluationModel base = s.evaluation().model(V1).orElseThrow();
            EvaluationModel made = s.evaluation().model(PROJECTS).orElseThrow();
            assertEquals(base.system().categories(), made.system().categories(), "the tree is the newest version's");
            assertEquals(
                    List.of("staff", "resident", "projects"),
                    made.questionnaires().stream().map(Questionnaire::code).toList());
            Questionnaire q = made.questionnaire("projects").orElseThrow();
            assertEquals(Questionnaire.Audience.DELEGATE, q.audience());
            assertEquals(
                    List.of("P1 LIKERT 老旧小区加装电梯 · 一街道", "P2 LIKERT 背街小巷环境整治 · 二街道", "comment TEXT 其他意见"),
                    q.questions().stream()
                            .map(x -> x.code() + " " + x.kind() + " " + x.text())
                            .toList());
        });
    }

    @Test
    @Order(4)
    void each_active_delegate_gets_one_link_and_the_votes_rank_the_projects() {
        EvaluationFixture.as(emf, XICHENG, s -> {
            PanelService p = s.panels();
            refused(
                    "questionnaire",
                    "evaluation.panel.notForDelegates",
                    () -> p.issueToDelegates(PROJECTS, "resident"));
            refused("version", "evaluation.version.notFound", () -> p.issueToDelegates("无此版本", "projects"));
            LINKS.addAll(p.issueToDelegates(PROJECTS, "projects"));
            assertEquals(
                    List.of("张三", "李四", "赵六"),
                    LINKS.stream().map(l -> l.delegate().name()).toList(),
                    "the retired 王五 gets none");
            assertEquals(List.of(), p.issueToDelegates(PROJECTS, "projects"), "one link each, never a second");
        });
        // 张三 5 and 3, 李四 4 and 2; 赵六 has not voted yet
        EvaluationFixture.as(emf, XICHENG, s -> {
            s.surveys().answer(LINKS.get(0).secret(), Map.of("P1", List.of("5"), "P2", List.of("3")));
            s.surveys()
                    .answer(
                            LINKS.get(1).secret(),
                            Map.of("P1", List.of("4"), "P2", List.of("2"), "comment", List.of("好")));
        });
        EvaluationFixture.as(emf, XICHENG, s -> {
            refused(null, "evaluation.link.unusable", () -> s.surveys()
                    .answer(LINKS.get(0).secret(), Map.of("P1", List.of("1"), "P2", List.of("1"))));
            List<QuestionRanking.Row> ranking = s.surveys().ranking(PROJECTS, "projects", null);
            assertEquals(
                    List.of("1 P1 87.5000 2", "2 P2 37.5000 2"),
                    ranking.stream()
                            .map(r -> r.rank() + " " + r.question() + " " + r.mean() + " " + r.answers())
                            .toList());
            assertEquals(new BigDecimal("87.5000"), mean(100, 75));
            Map<String, String> names = Map.of(
                    LINKS.get(0).delegate().id(), "张三",
                    LINKS.get(1).delegate().id(), "李四",
                    LINKS.get(2).delegate().id(), "赵六");
            assertEquals(
                    List.of("张三 true", "李四 true", "赵六 false"),
                    s.panels().turnout(PROJECTS, "projects").stream()
                            .map((Turnout t) -> names.get(t.delegate()) + " " + t.voted())
                            .sorted((a, b) -> List.of("张", "李", "赵").indexOf(a.substring(0, 1))
                                    - List.of("张", "李", "赵").indexOf(b.substring(0, 1)))
                            .toList());
        });
        // what is stored: the votes name their street, never the link or the delegate
        assertEquals(
                List.of("s1 2"),
                lines(
                        db,
                        "select street_code, count(*) from survey_response where version = ? group by street_code",
                        PROJECTS));
        assertEquals(
                0L,
                count(
                        db,
                        "select count(*) from information_schema.columns where table_name in ('survey_response',"
                                + " 'survey_answer') and column_name in ('delegate_id', 'token_hash')"));
        EvaluationFixture.as(
                emf,
                LUOHU,
                s -> refused("version", "evaluation.version.notFound", () -> s.panels()
                        .issueToDelegates(PROJECTS, "projects")));
    }

    @Test
    @Order(5)
    void the_department_rating_has_one_question_per_department_of_the_catalog() {
        EvaluationFixture.as(emf, XICHENG, s -> {
            s.panels()
                    .generateDepartmentRating(new Generation(
                            "dept", "街道评价区直部门", "", DEPARTMENT_VERSION, LocalDate.of(2026, 10, 1), "年度评议"));
            Questionnaire q = s.evaluation()
                    .model(DEPARTMENT_VERSION)
                    .orElseThrow()
                    .questionnaire("dept")
                    .orElseThrow();
            assertEquals(Questionnaire.Audience.STREET, q.audience());
            assertEquals(DEPARTMENTS, q.questions().stream().map(Question::text).toList());
            assertEquals(
                    List.of("D01", "D02", "D03"),
                    q.questions().stream().map(Question::code).toList());
            assertTrue(
                    s.evaluation()
                            .model(DEPARTMENT_VERSION)
                            .orElseThrow()
                            .questionnaire("projects")
                            .isPresent(),
                    "built on the newest version, the projects' questionnaire kept");
        });
        EvaluationFixture.as(
                emf,
                LUOHU,
                s -> refused(null, "evaluation.panel.noDepartments", () -> s.panels()
                        .generateDepartmentRating(
                                new Generation("dept", "部门评价", "", "v", LocalDate.of(2026, 10, 1), "年度评议"))));
    }

    private static BigDecimal mean(int... scores) {
        int sum = 0;
        for (int x : scores) {
            sum += x;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.length), 4, java.math.RoundingMode.HALF_UP);
    }
}
