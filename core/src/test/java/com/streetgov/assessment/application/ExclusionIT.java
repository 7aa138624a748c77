package com.streetgov.assessment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.assessment.infrastructure.JpaExclusionRepository;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.infrastructure.JpaMatterRepository;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.tenancy.TestDatabase;
import com.streetgov.text.RefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which kinds an exclusion request may name is the district's own saved rules version's decision, not
 * the defaults': with a version whose kinds are a custom one and only one Art. 11 kind, a request with
 * the custom kind is taken, one with an Art. 11 kind the version left out is refused, naming the field.
 */
class ExclusionIT {

    static final DistrictId XICHENG = DistrictId.of("xicheng");
    static final ExclusionKind CUSTOM = new ExclusionKind("PILOT_AREA", "试点片区集中整治期间");
    static TestDatabase db;
    static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh("streetgov_it_exclusions");
        emf = db.entityManagerFactory();
        TestDatabase.withLuohuAndXicheng(emf);
        AssessmentRules d = AssessmentRules.defaults(LocalDate.of(2026, 1, 1));
        as(s -> s.results.saveRules(
                new AssessmentRules(
                        "本区2026",
                        d.effectiveFrom(),
                        d.periodStartDay(),
                        d.denominator(),
                        d.basicWeight(),
                        d.weightResponse(),
                        d.weightResolution(),
                        d.weightSatisfaction(),
                        d.minValidVisits(),
                        List.of(CUSTOM, AssessmentRules.ARTICLE_11.get(0))),
                "本区自定情形"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    interface Work {
        void run(ExclusionService service) throws Exception;
    }

    /** Runs {@code work} as Xicheng's admin (today = ResultsIT.NOW) in one transaction. */
    static void as(Work work) {
        TestDatabase.inDistrict(emf, XICHENG, em -> {
            try {
                work.run(service(em));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static ExclusionService service(EntityManager em) throws Exception {
        EntityManager joined = TestDatabase.joined(em);
        ResultsService results = ResultsIT.service(em, XICHENG);
        MatterService matters = new MatterService();
        JpaMatterRepository matterRepository = new JpaMatterRepository();
        ResultsIT.set(matterRepository, "current", joined);
        ResultsIT.set(matters, "repository", matterRepository);
        ResultsIT.set(matters, "clock", new MatterClock() {
            @Override
            public LocalDateTime now() {
                return ResultsIT.NOW;
            }
        });
        JpaExclusionRepository exclusions = new JpaExclusionRepository();
        ResultsIT.set(exclusions, "current", joined);
        ExclusionService service = new ExclusionService();
        service.exclusions = exclusions;
        service.matters = matters;
        service.results = results;
        service.caller = results.caller;
        return service;
    }

    static String matter(ExclusionService s, String title) throws Exception {
        JpaMatterRepository repository = (JpaMatterRepository) field(s.matters, "repository");
        LocalDateTime at = ResultsIT.NOW.minusDays(3);
        Matter m = Matter.receive(
                repository.nextNumber(at.toLocalDate()),
                Channel.WINDOW,
                null,
                new Matter.Submission(title, title + "的详细情况", null, "desheng", null, null, null, null, null),
                MatterService.DEFAULT_LIMITS.get(0),
                at,
                at.plusHours(24),
                "clerk");
        repository.add(m);
        return m.number();
    }

    static Object field(Object target, String name) throws Exception {
        var f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    @Test
    void the_kinds_come_from_the_districts_saved_rules_version() {
        as(s -> {
            assertEquals(List.of(CUSTOM, AssessmentRules.ARTICLE_11.get(0)), s.kinds());
            String custom = matter(s, "试点片区噪音");
            Exclusion taken = s.request(custom, CUSTOM.code(), "集中整治期间的诉求");
            assertEquals(Exclusion.State.REQUESTED, taken.state());
            assertEquals(CUSTOM.code(), s.find(custom).orElseThrow().kind());
            Matter history = s.matters.find(custom).orElseThrow();
            assertTrue(
                    history.events()
                            .get(history.events().size() - 1)
                            .note()
                            .inDefaultLanguage()
                            .contains(CUSTOM.name()),
                    "the history names the version's own kind");

            String removed = matter(s, "重复反映的路灯");
            var refused = assertThrows(RefusedException.class, () -> s.request(removed, "REPEAT", "与上月诉求相同"));
            assertEquals("现行考核规则没有“REPEAT”这一不计入考核的情形（kind）", refused.getMessage());
            assertTrue(s.find(removed).isEmpty());
        });
    }
}
