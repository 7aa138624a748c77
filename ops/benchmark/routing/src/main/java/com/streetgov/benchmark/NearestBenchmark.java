package com.streetgov.benchmark;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.infrastructure.LabelledIndex;
import com.streetgov.tenantconfig.dispatch.TemplateCatalog;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The nearest-labelled-text step of DD030, two ways on the same texts: {@code scan} is the first
 * version's loop (every labelled text's bigram set probed with the query's bigrams), {@code index} is
 * the application's {@link LabelledIndex} (postings of the query's bigrams only). Both find the same
 * texts at Dice >= 0.3 (checked at setup). Run on its own: {@code ops/benchmark/routing.sh Nearest}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class NearestBenchmark {

    private static final double SIMILAR = 0.3;

    /** 100,000 labelled texts, as a scan list and as the application's index. */
    @State(Scope.Benchmark)
    public static class Texts {
        @Param({"100000"})
        public int labelled;

        List<Set<String>> sets;
        LabelledIndex index;
        List<String> queries;

        @Setup(Level.Trial)
        public void build() {
            List<DutyItem> items = TemplateDuties.load(RoutingBenchmark.DISTRICT).items();
            DispatchCatalog catalog = TemplateCatalog.load(RoutingBenchmark.DISTRICT);
            List<LabelledText> texts =
                    LabelledTexts.of(LabelledTexts.examples(items, catalog, RoutingBenchmark.DAY), labelled);
            sets = texts.stream()
                    .map(t -> LabelledIndex.bigrams(t.text()))
                    .filter(b -> !b.isEmpty())
                    .toList();
            index = new LabelledIndex(texts);
            queries = RoutingBenchmark.sentences();
            for (String q : queries) {
                if (scan(this, q) != index(this, q)) {
                    throw new IllegalStateException("scan and index disagree on " + q);
                }
            }
        }
    }

    /** The next query of each thread. */
    @State(Scope.Thread)
    public static class Work {
        int next;

        String query(Texts texts) {
            String q = texts.queries.get(next);
            next = (next + 1) % texts.queries.size();
            return q;
        }
    }

    @Benchmark
    public int scan(Texts texts, Work work) {
        return scan(texts, work.query(texts));
    }

    @Benchmark
    public int index(Texts texts, Work work) {
        return index(texts, work.query(texts));
    }

    /** How many texts are at least {@link #SIMILAR} alike, by the first version's scan. */
    static int scan(Texts texts, String query) {
        Set<String> words = LabelledIndex.bigrams(query);
        int found = 0;
        for (Set<String> l : texts.sets) {
            int common = 0;
            for (String w : words) {
                if (l.contains(w)) {
                    common++;
                }
            }
            if (2.0 * common / (words.size() + l.size()) >= SIMILAR) {
                found++;
            }
        }
        return found;
    }

    /** The same count from the application's index. */
    static int index(Texts texts, String query) {
        return texts.index.nearest(query, SIMILAR, 1.0, Integer.MAX_VALUE).size();
    }
}
