package com.streetgov.tenantconfig.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.streetgov.tenantconfig.format.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The semantic matching experiment (routing evaluation README): the held-out part (after learning from
 * the learn part, as {@code RoutingEvaluationTest}) and both dev sets, lexical and with {@link
 * SemanticClassifier}, side by side, figures only — no sentence of the held-out part is printed.
 * Writes {@code target/routing-semantic-experiment.md}; asserts no goal. Only in the
 * {@code semantic-experiment} profile.
 */
class SemanticRoutingExperiment {

    @Test
    void lexical_and_semantic_side_by_side() throws IOException {
        EvaluationSet set = EvaluationSet.load();
        EvaluationSet dev1 = EvaluationSet.loadDev();
        EvaluationSet dev2 = EvaluationSet.load(EvaluationSet.DEV2_RESOURCE);
        StringBuilder out = new StringBuilder("# Semantic matching experiment\n\n")
                .append("| set | sentences | lexical top-1 | lexical top-3 | semantic top-1 | semantic top-3 |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        row(out, "held-out (after the learn part)", d -> RoutingEvaluation.run(d, set.test(d), set.learn(d)));
        row(out, "dev-set", d -> RoutingEvaluation.run(d, dev1.of(d)));
        row(out, "dev-set-2", d -> RoutingEvaluation.run(d, dev2.of(d)));
        List<String> texts = dev2.sentences().stream().map(s -> s.text() + "？").toList();
        long[] nanos = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long start = System.nanoTime();
            SemanticClassifier.MODEL.embed(texts.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.append("\nEmbedding one new sentence (")
                .append(texts.size())
                .append(", not cached): p50 ")
                .append(nanos[nanos.length / 2] / 1_000_000.0)
                .append(" ms, p90 ")
                .append(nanos[nanos.length * 9 / 10] / 1_000_000.0)
                .append(" ms.\n");
        System.out.println(out);
        Path file = Path.of("target", "routing-semantic-experiment.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, String name, Function<String, RoutingEvaluation.Figures> route) {
        long[] lexical = totals(route);
        DemoRouting.classifiers = SemanticClassifier::new;
        try {
            long[] semantic = totals(route);
            assertEquals(lexical[0], semantic[0]);
            out.append("| ").append(name).append(" | ").append(lexical[0])
                    .append(" | ").append(lexical[1]).append(" | ").append(lexical[2])
                    .append(" | ").append(semantic[1]).append(" | ").append(semantic[2]).append(" |\n");
        } finally {
            DemoRouting.classifiers = (plain, items, catalog) -> plain;
        }
    }

    private static long[] totals(Function<String, RoutingEvaluation.Figures> route) {
        long[] t = new long[3];
        for (String district : Templates.IDS) {
            RoutingEvaluation.Figures f = route.apply(district);
            t[0] += f.count();
            t[1] += f.top1();
            t[2] += f.top3();
        }
        return t;
    }
}
