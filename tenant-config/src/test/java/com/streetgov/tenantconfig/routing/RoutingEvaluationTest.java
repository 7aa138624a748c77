package com.streetgov.tenantconfig.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.routing.EvaluationSet.Kind;
import com.streetgov.tenantconfig.routing.EvaluationSet.Sentence;
import com.streetgov.tenantconfig.routing.EvaluationSet.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The routing evaluation set (issue 11 item 4) has the shape the issue asks for, and today's router is
 * measured on its test part: per district top-1 / top-3 and a confusion list, written to {@code
 * target/routing-evaluation.md}. The 95 % / 99 % goal is not asserted here yet; it comes with
 * the classifier that learns.
 */
class RoutingEvaluationTest {

    static final EvaluationSet SET = EvaluationSet.load();

    /** The matter types of issue 11 item 1 that the set must cover. */
    static final Set<String> CATEGORIES = Set.of(
            "SANITATION",
            "RUBBISH",
            "ILLEGAL_BUILDING",
            "STREET_VENDING",
            "NOISE_CONSTRUCTION",
            "NOISE_BUSINESS",
            "NOISE_NEIGHBOUR",
            "COOKING_SMOKE",
            "PROPERTY",
            "UTILITIES",
            "HOUSING_SAFETY",
            "FIRE_HAZARD",
            "PARKING",
            "GREENERY_MUNICIPAL",
            "ASSISTANCE",
            "ELDERLY",
            "DISABILITY",
            "EMPLOYMENT_SOCIAL_INSURANCE",
            "HOUSING_SUPPORT",
            "BIRTHS",
            "PARTY_MEMBERSHIP",
            "RESIDENTS_COMMITTEE",
            "NEIGHBOUR_DISPUTE",
            "LEGAL_AID",
            "WAGE_ARREARS",
            "FOOD_SAFETY",
            "UNLICENSED_BUSINESS",
            "STATISTICS",
            "BUSINESS_ENVIRONMENT",
            "CULTURE_SPORT",
            "OFFICIALS_CONDUCT");

    static final Set<String> BASES = Set.of("source", "duty-list", "inferred");

    @Test
    void the_set_has_300_sentences_60_per_district_and_covers_the_matter_types() {
        assertTrue(
                SET.sentences().size() >= 300, "sentences: " + SET.sentences().size());
        for (String district : Templates.IDS) {
            assertTrue(
                    SET.of(district).size() >= 60,
                    district + ": " + SET.of(district).size());
        }
        assertEquals(
                Set.copyOf(Templates.IDS),
                SET.sentences().stream().map(Sentence::district).collect(Collectors.toSet()));
        Set<String> covered = SET.sentences().stream().map(Sentence::category).collect(Collectors.toSet());
        assertTrue(covered.containsAll(CATEGORIES), "missing: " + missing(CATEGORIES, covered));
        assertUnique(SET.sentences().stream().map(Sentence::id).toList(), "id");
        assertUnique(SET.sentences().stream().map(Sentence::text).toList(), "sentence");
        SET.sentences().forEach(s -> assertTrue(BASES.contains(s.basis()), s.id() + ": basis " + s.basis()));
    }

    @Test
    void every_expected_unit_exists_in_its_streets_layout_on_the_day() {
        for (String district : Templates.IDS) {
            ReformModel model = Templates.load(district);
            String place = model.districtName().replace("区", "");
            for (Sentence s : SET.of(district)) {
                assertTrue(model.street(s.street()).isPresent(), s.id() + ": no street " + s.street());
                Set<String> units = model.unitsOf(s.street(), RoutingEvaluation.DAY).stream()
                        .map(Unit::name)
                        .collect(Collectors.toSet());
                switch (s.kind()) {
                    case UNIT ->
                        assertTrue(units.contains(s.target()), s.id() + ": " + s.target() + " not in " + units);
                    case DEPARTMENT ->
                        assertTrue(s.target().contains(place), s.id() + ": " + s.target() + " is not " + place + "'s");
                    case COMMUNITY -> assertEquals("社区居委会", s.target(), s.id());
                }
            }
        }
    }

    @Test
    void the_split_follows_the_fixed_rule_about_40_60() {
        SET.sentences().forEach(s -> assertEquals(EvaluationSet.splitOf(s.id()), s.split(), s.id()));
        long learn =
                SET.sentences().stream().filter(s -> s.split() == Split.LEARN).count();
        double share = (double) learn / SET.sentences().size();
        assertTrue(share > 0.35 && share < 0.45, "learn share " + share);
        for (String district : Templates.IDS) {
            assertTrue(
                    SET.test(district).size() >= 30,
                    district + " test: " + SET.test(district).size());
        }
    }

    @Test
    void the_router_is_measured_on_the_test_part_as_installed_and_after_learning() throws IOException {
        List<RoutingEvaluation.Figures> installed = Templates.IDS.stream()
                .map(d -> RoutingEvaluation.run(d, SET.test(d)))
                .toList();
        List<RoutingEvaluation.Figures> figures = Templates.IDS.stream()
                .map(d -> RoutingEvaluation.run(d, SET.test(d), SET.learn(d)))
                .toList();
        String report = RoutingEvaluation.report(SET, installed, figures);
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("target/routing-evaluation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        for (RoutingEvaluation.Figures f : figures) {
            assertEquals(SET.test(f.district()).size(), f.count());
            f.results().forEach(r -> r.top1()
                    .ifPresent(unit -> assertEquals(
                            unit,
                            r.top3().get(0),
                            r.sentence().id() + ": top-3 must start with the router's decision")));
            assertEquals(
                    f.results().stream()
                            .filter(r -> r.sentence().kind() == Kind.UNIT)
                            .count(),
                    f.unitTargets());
        }
    }

    /**
     * The same measure on the learn part (router as installed), written to {@code
     * target/routing-evaluation-learn.md}: the part developers may study to improve catalogs and
     * routing; the test part's misses are not for tuning.
     */
    @Test
    void the_learn_part_is_measured_for_development() throws IOException {
        List<RoutingEvaluation.Figures> figures = Templates.IDS.stream()
                .map(d -> RoutingEvaluation.run(d, SET.learn(d)))
                .toList();
        String report = RoutingEvaluation.report(SET, figures, figures);
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("target/routing-evaluation-learn.md");
        Files.writeString(file, report.replace("on the test part", "on the LEARN part"), StandardCharsets.UTF_8);
        assertEquals(
                SET.sentences().stream().filter(s -> s.split() == Split.LEARN).count(),
                figures.stream().mapToLong(RoutingEvaluation.Figures::count).sum());
    }

    private static void assertUnique(List<String> values, String what) {
        Set<String> seen = new HashSet<>();
        List<String> repeated =
                values.stream().filter(v -> !seen.add(v)).distinct().toList();
        assertTrue(repeated.isEmpty(), "repeated " + what + ": " + repeated);
    }

    private static Set<String> missing(Set<String> wanted, Set<String> covered) {
        return wanted.stream().filter(c -> !covered.contains(c)).collect(Collectors.toSet());
    }
}
