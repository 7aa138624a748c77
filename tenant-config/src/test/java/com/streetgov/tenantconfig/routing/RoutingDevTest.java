package com.streetgov.tenantconfig.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.routing.EvaluationSet.Sentence;
import com.streetgov.tenantconfig.routing.EvaluationSet.Split;
import com.streetgov.tenantconfig.routing.RoutingEvaluation.Figures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The development set ({@code routing-evaluation/dev-set.tsv}, README beside it): its shape, and every
 * dev sentence routed exactly as {@link RoutingEvaluation#run(String, List)} routes the evaluation set
 * (the router as installed from the templates). Writes {@code target/routing-evaluation-dev.md} with
 * per-district top-1 / top-3 and the dev confusion list; tune the router on this, never on the held-out
 * evaluation set. Asserts no goal.
 */
class RoutingDevTest {

    static final EvaluationSet DEV = EvaluationSet.loadDev();

    /**
     * The matter types of issue 11 item 1, as {@code RoutingEvaluationTest.CATEGORIES} names them (copied:
     * that class loads the held-out set when initialised).
     */
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

    static final Path REPORT = Path.of("target", "routing-evaluation-dev.md");

    @Test
    void the_dev_set_has_60_sentences_per_district_covering_the_matter_types_with_existing_targets() {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Sentence s : DEV.sentences()) {
            assertTrue(ids.add(s.id()), "id twice: " + s.id());
            assertTrue(texts.add(s.text()), "sentence twice: " + s.id());
            assertEquals(Split.DEV, s.split(), s.id());
            assertTrue(s.id().startsWith("DV-"), s.id());
            assertTrue(BASES.contains(s.basis()), s.id() + ": basis " + s.basis());
        }
        for (String district : Templates.IDS) {
            List<Sentence> of = DEV.of(district);
            assertTrue(of.size() >= 60, district + ": " + of.size());
            Set<String> covered = of.stream().map(Sentence::category).collect(Collectors.toSet());
            assertTrue(
                    covered.containsAll(CATEGORIES),
                    district + " misses "
                            + CATEGORIES.stream()
                                    .filter(c -> !covered.contains(c))
                                    .toList());
            ReformModel model = Templates.load(district);
            DemoRouting routing = DemoRouting.of(district);
            for (Sentence s : of) {
                assertTrue(model.street(s.street()).isPresent(), s.id() + ": no street " + s.street());
                switch (s.kind()) {
                    case UNIT ->
                        assertTrue(
                                model.unitsOf(s.street(), RoutingEvaluation.DAY).stream()
                                        .map(Unit::name)
                                        .anyMatch(s.target()::equals),
                                s.id() + ": no unit " + s.target());
                    case DEPARTMENT ->
                        assertTrue(
                                routing.catalog().departments().stream().anyMatch(d -> d.isCalled(s.target())),
                                s.id() + ": no department " + s.target());
                    case COMMUNITY -> assertEquals("社区居委会", s.target(), s.id());
                }
            }
        }
    }

    @Test
    void routes_the_dev_set_and_writes_the_report() throws IOException {
        List<Figures> figures = new ArrayList<>();
        for (String district : Templates.IDS) {
            figures.add(RoutingEvaluation.run(district, DEV.of(district)));
        }
        StringBuilder out = new StringBuilder("# Routing on the development set\n\n")
                .append("Set: ")
                .append(DEV.sentences().size())
                .append(" dev sentences (")
                .append(EvaluationSet.DEV_RESOURCE)
                .append("); intake day ")
                .append(RoutingEvaluation.DAY)
                .append("; the router as installed from the templates, routed as RoutingEvaluation does.\n\n");
        List<RoutingEvaluation.Result> all = RoutingEvaluation.table(out, figures);
        out.append("\n## Confidence: routed at once or sent to the dispatch desk\n\n")
                .append(RoutingEvaluation.thresholds(figures))
                .append("\n## Confusion list (top-1 misses)\n\n")
                .append(RoutingEvaluation.confusion(all));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, out, StandardCharsets.UTF_8);
        assertEquals(DEV.sentences().size(), all.size());
    }
}
