package com.streetgov.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.assessment.application.ResultNames;
import com.streetgov.assessment.application.ResultsIT;
import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.infrastructure.SqlResultsRepository;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.infrastructure.JpaAuditRepository;
import com.streetgov.dispatch.application.DispatchCatalogService;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.infrastructure.JpaDutyListRepository;
import com.streetgov.evaluation.infrastructure.SqlCaseFigures;
import com.streetgov.evaluation.infrastructure.SqlEvaluationRepository;
import com.streetgov.evaluation.infrastructure.SqlPanelRepository;
import com.streetgov.evaluation.infrastructure.SqlRoundRepository;
import com.streetgov.evaluation.infrastructure.SqlSurveyRepository;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.open311.domain.Secret;
import com.streetgov.platform.TextConverter;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.ModelValidatorTest;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetKind;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluation's services wired by hand on one district's EntityManager (as CDI would, repositories
 * on the joined EntityManager), assertions on refusals and exact numbers, and plain SQL as the owner.
 */
final class EvaluationFixture {

    private EvaluationFixture() {}

    /** Today for every service: {@link ResultsIT#NOW}, 25 November 2026 (the running period is 2026-12). */
    static final LocalDateTime NOW = ResultsIT.NOW;

    /** The streets of both districts' reform models, as {@link ResultNames} gives them: code → name. */
    static final Map<String, String> STREETS = Map.of("s1", "一街道", "s2", "二街道");

    /** The departments the fixture's dispatch catalog lists, in its order. */
    static final List<String> DEPARTMENTS = List.of("区城市管理委员会", "区住房和城乡建设委员会", "区民政局");

    /** The services of one district, as its district admin. */
    record Services(
            EvaluationService evaluation, SurveyService surveys, AssessmentService assessment, PanelService panels) {}

    static Services services(EntityManager em, DistrictId district) throws Exception {
        EntityManager joined = TestDatabase.joined(em);
        ResultsService results = ResultsIT.service(em, district);
        MatterClock clock = new MatterClock() {
            @Override
            public LocalDateTime now() {
                return NOW;
            }
        };
        ResultNames names = new ResultNames() {
            @Override
            public Names on(LocalDate day) {
                return new Names(STREETS, Map.of());
            }
        };
        CurrentCaller caller = new CurrentCaller();
        caller.set(Caller.user(
                district.value() + "-admin",
                Set.of(CallerRole.DISTRICT_ADMIN),
                Optional.of(district),
                Optional.empty()));
        JpaAuditRepository audit = on(new JpaAuditRepository(), joined);
        ConfigChanges changes = new ConfigChanges();
        TestDatabase.inject(changes, "repository", audit);
        TestDatabase.inject(changes, "caller", caller);
        SqlEvaluationRepository models = on(new SqlEvaluationRepository(), joined);
        SqlSurveyRepository surveys = on(new SqlSurveyRepository(), joined);
        SqlRoundRepository rounds = on(new SqlRoundRepository(), joined);

        EvaluationService evaluation = new EvaluationService();
        evaluation.repository = models;
        evaluation.changes = changes;
        evaluation.caller = caller;
        evaluation.clock = clock;

        SurveyService survey = new SurveyService();
        survey.models = models;
        survey.surveys = surveys;
        survey.names = names;
        survey.clock = clock;

        CaseFigureCounts cases = new CaseFigureCounts();
        cases.cases = on(new SqlCaseFigures(), joined);
        cases.duty = duty(joined);
        cases.clock = clock;
        ResultsFigures figures = new ResultsFigures();
        figures.results = on(new SqlResultsRepository(), joined);
        figures.service = results;
        figures.cases = cases;
        RoundScoring scoring = new RoundScoring();
        scoring.figures = figures;
        scoring.surveys = surveys;
        scoring.rounds = rounds;
        scoring.results = results;

        AssessmentService assessment = new AssessmentService();
        assessment.rounds = rounds;
        assessment.models = models;
        assessment.names = names;
        assessment.scoring = scoring;
        assessment.results = results;
        assessment.figures = figures;
        assessment.changes = changes;
        assessment.caller = caller;
        assessment.clock = clock;
        PanelService panels = new PanelService();
        panels.panels = on(new SqlPanelRepository(), joined);
        panels.models = models;
        panels.evaluation = evaluation;
        panels.surveys = surveys;
        panels.names = names;
        panels.changes = changes;
        panels.clock = clock;
        // the catalog's own storage and checks are DispatchCatalogStorageIT's; here only its departments count
        panels.catalog = new DispatchCatalogService() {
            @Override
            public DispatchCatalog catalog() {
                return new DispatchCatalog(
                        district.value().equals("xicheng")
                                ? DEPARTMENTS.stream()
                                        .map(d -> new Department("d" + DEPARTMENTS.indexOf(d), d, List.of(), null))
                                        .toList()
                                : List.of(),
                        List.of());
            }
        };
        return new Services(evaluation, survey, assessment, panels);
    }

    /**
     * The duty list of {@code district} over a reform model whose streets are {@link #STREETS}, each laid
     * out as the district version of {@link ModelValidatorTest#valid()} (综合部 zonghe, 民生事务部
     * minsheng, 公共事务中心 gonggong, since 2016).
     */
    static DutyListService duty(EntityManager joined) {
        ReformModel valid = ModelValidatorTest.valid();
        ReformModel model = new ReformModel(
                valid.templateId(),
                valid.title(),
                valid.sources(),
                valid.districtName(),
                valid.adcode(),
                valid.terminology(),
                STREETS.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(s -> new StreetProfile(
                                s.getKey(), s.getValue(), StreetKind.URBAN, "INSIDE", null, null, null, false))
                        .toList(),
                valid.rules(),
                valid.versions());
        DutyListService duty = new DutyListService();
        TestDatabase.inject(duty, "repository", on(new JpaDutyListRepository(), joined));
        TestDatabase.inject(duty, "reformModels", new ReformModelService() {
            @Override
            public Optional<ReformModel> current() {
                return Optional.of(model);
            }
        });
        return duty;
    }

    /** Installs assessment rules starting periods on {@code startDay}, dividing by valid visits. */
    static void rules(EntityManagerFactory emf, DistrictId district, int startDay) {
        AssessmentRules d = AssessmentRules.defaults(LocalDate.of(2020, 1, 1));
        AssessmentRules rules = new AssessmentRules(
                "模板",
                d.effectiveFrom(),
                startDay,
                Denominator.VALID_VISITS,
                d.basicWeight(),
                d.weightResponse(),
                d.weightResolution(),
                d.weightSatisfaction(),
                3,
                d.exclusionKinds());
        TestDatabase.inDistrict(emf, district, em -> {
            try {
                ResultsIT.service(em, district).installRulesIfAbsent(rules, "测试");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface Work {
        void run(Services services) throws Exception;
    }

    /** Runs {@code work} with {@code district}'s services, as its district admin, in one transaction. */
    static void as(EntityManagerFactory emf, DistrictId district, Work work) {
        TestDatabase.inDistrict(emf, district, em -> {
            try {
                work.run(services(em, district));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface Refusable {
        void run() throws Exception;
    }

    static void refused(String field, String key, Refusable action) {
        RefusedException e = assertThrows(RefusedException.class, action::run);
        assertEquals(key, e.text().key(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
    }

    static void same(BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual);
        } else {
            assertEquals(0, expected.compareTo(actual), "expected " + expected + ", was " + actual);
        }
    }

    private static <T> T on(T repository, EntityManager joined) {
        TestDatabase.inject(repository, "current", joined);
        return repository;
    }

    /** Plain SQL as the owner (no row-level security): the rows of {@code query}. */
    static List<Object[]> select(TestDatabase db, String query, Object... parameters) {
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    static long count(TestDatabase db, String query, Object... parameters) {
        return ((Number) select(db, query, parameters).get(0)[0]).longValue();
    }

    /** The rows of {@code query} as the owner, each its columns joined by a space. */
    static List<String> lines(TestDatabase db, String query, Object... parameters) {
        return select(db, query, parameters).stream()
                .map(r -> String.join(" ", Arrays.stream(r).map(String::valueOf).toList()))
                .toList();
    }

    /** Audit summaries (stored as texts, DD034) as the default language reads them, with the actor. */
    static List<String> summaries(TestDatabase db, String where) {
        TextConverter texts = new TextConverter();
        return select(db, "select actor, summary from config_change where " + where).stream()
                .map(r -> r[0] + " "
                        + texts.convertToEntityAttribute((String) r[1]).inDefaultLanguage())
                .toList();
    }

    /** The columns of {@code table}, in order. */
    static List<String> columns(TestDatabase db, String table) {
        return lines(
                db,
                "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
                table);
    }

    /** Whether the link with {@code secret} is marked answered, as the owner sees it. */
    static boolean answered(TestDatabase db, String secret) {
        return count(
                        db,
                        "select count(*) from survey_link where answered_on is not null and token_hash = ?",
                        Secret.hash(secret))
                > 0;
    }

    /** Answers to the resident questionnaire: Q1, Q2 and (if given) Q3. */
    static Map<String, List<String>> resident(String q1, String q2, String... q3) {
        return q3.length == 0
                ? Map.of("Q1", List.of(q1), "Q2", List.of(q2))
                : Map.of("Q1", List.of(q1), "Q2", List.of(q2), "Q3", List.of(q3));
    }
}
