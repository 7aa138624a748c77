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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The development sets ({@code routing-evaluation/dev-set.tsv} and {@code dev-set-2.tsv}, README beside
 * them): their shape, and every dev sentence routed exactly as {@link RoutingEvaluation#run(String, List)} routes the evaluation set
 * (the router as installed from the templates). Writes {@code target/routing-evaluation-dev.md} (and
 * {@code -dev2.md}) with
 * per-district top-1 / top-3 and the dev confusion list; tune the router on this, never on the held-out
 * evaluation set. Asserts no goal.
 */
class RoutingDevTest {

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

    /** Each dev set: its resource, its ids' prefix, its least sentences a district, its report. */
    static final String SETS =
            """
            /routing-evaluation/dev-set.tsv,   DV-, 60, routing-evaluation-dev.md
            /routing-evaluation/dev-set-2.tsv, D2-, 50, routing-evaluation-dev2.md
            """;

    @ParameterizedTest
    @CsvSource(textBlock = SETS)
    void each_dev_set_has_its_sentences_per_district_covering_the_matter_types_with_existing_targets(
            String resource, String prefix, int least, String report) {
        EvaluationSet dev = EvaluationSet.load(resource);
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Sentence s : dev.sentences()) {
            assertTrue(ids.add(s.id()), "id twice: " + s.id());
            assertTrue(texts.add(s.text()), "sentence twice: " + s.id());
            assertEquals(Split.DEV, s.split(), s.id());
            assertTrue(s.id().startsWith(prefix), s.id());
            assertTrue(BASES.contains(s.basis()), s.id() + ": basis " + s.basis());
        }
        for (String district : Templates.IDS) {
            List<Sentence> of = dev.of(district);
            assertTrue(of.size() >= least, district + ": " + of.size());
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

    @ParameterizedTest
    @CsvSource(textBlock = SETS)
    void routes_each_dev_set_and_writes_its_report(String resource, String prefix, int least, String report)
            throws IOException {
        EvaluationSet dev = EvaluationSet.load(resource);
        Path file = Path.of("target", report);
        List<Figures> figures = new ArrayList<>();
        for (String district : Templates.IDS) {
            figures.add(RoutingEvaluation.run(district, dev.of(district)));
        }
        StringBuilder out = new StringBuilder("# Routing on the development set\n\n")
                .append("Set: ")
                .append(dev.sentences().size())
                .append(" dev sentences (")
                .append(resource)
                .append("); intake day ")
                .append(RoutingEvaluation.DAY)
                .append("; the router as installed from the templates, routed as RoutingEvaluation does.\n\n");
        List<RoutingEvaluation.Result> all = RoutingEvaluation.table(out, figures);
        out.append("\n## Confidence: routed at once or sent to the dispatch desk\n\n")
                .append(RoutingEvaluation.thresholds(figures))
                .append("\n## Confusion list (top-1 misses)\n\n")
                .append(RoutingEvaluation.confusion(all));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
        assertEquals(dev.sentences().size(), all.size());
    }
}
