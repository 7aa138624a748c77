package com.streetgov.benchmark;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.tenantconfig.dispatch.TemplateCatalog;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * Not the application's code: what the nearest-labelled-text step of DD030 would cost with a bigram
 * inverted index instead of its linear scan. {@code scan} repeats the classifier's loop (every labelled
 * text's bigram set probed with the query's bigrams); {@code inverted} walks only the postings of the
 * query's bigrams and counts the common bigrams per text. Both give the same texts at Dice >= 0.3
 * (checked at setup). Run on its own: {@code ops/benchmark/routing.sh Nearest}.
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

    /** 100,000 labelled texts, as a scan list and as postings. */
    @State(Scope.Benchmark)
    public static class Texts {
        @Param({"100000"})
        public int labelled;

        List<Set<String>> sets;
        int[] sizes;
        Map<String, int[]> postings;
        List<Set<String>> queries;

        @Setup(Level.Trial)
        public void build() {
            List<DutyItem> items =
                    TemplateDuties.load(RoutingBenchmark.DISTRICT).items();
            DispatchCatalog catalog = TemplateCatalog.load(RoutingBenchmark.DISTRICT);
            List<LabelledText> texts =
                    LabelledTexts.of(LabelledTexts.examples(items, catalog, RoutingBenchmark.DAY), labelled);
            sets = new ArrayList<>(texts.size());
            sizes = new int[texts.size()];
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int id = 0; id < texts.size(); id++) {
                Set<String> set = bigrams(texts.get(id).text());
                sets.add(set);
                sizes[id] = set.size();
                for (String b : set) {
                    lists.computeIfAbsent(b, k -> new ArrayList<>()).add(id);
                }
            }
            postings = new HashMap<>();
            lists.forEach((b, ids) ->
                    postings.put(b, ids.stream().mapToInt(Integer::intValue).toArray()));
            queries = RoutingBenchmark.sentences().stream()
                    .map(NearestBenchmark::bigrams)
                    .toList();
            for (Set<String> q : queries) {
                if (scan(this, q) != inverted(this, q, new int[sizes.length], new int[sizes.length])) {
                    throw new IllegalStateException("scan and inverted index disagree");
                }
            }
        }
    }

    /** Per-thread counters of the inverted walk and the next query. */
    @State(Scope.Thread)
    public static class Work {
        int next;
        int[] counts;
        int[] touched;

        @Setup(Level.Trial)
        public void allocate(Texts texts) {
            counts = new int[texts.sizes.length];
            touched = new int[texts.sizes.length];
        }

        Set<String> query(Texts texts) {
            Set<String> q = texts.queries.get(next);
            next = (next + 1) % texts.queries.size();
            return q;
        }
    }

    @Benchmark
    public int scan(Texts texts, Work work) {
        return scan(texts, work.query(texts));
    }

    @Benchmark
    public int inverted(Texts texts, Work work) {
        return inverted(texts, work.query(texts), work.counts, work.touched);
    }

    /** How many texts are at least {@link #SIMILAR} alike, by DD030's scan. */
    static int scan(Texts texts, Set<String> words) {
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

    /** The same count from the postings of the query's bigrams. */
    static int inverted(Texts texts, Set<String> words, int[] counts, int[] touched) {
        int n = 0;
        for (String w : words) {
            int[] ids = texts.postings.get(w);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (counts[id]++ == 0) {
                    touched[n++] = id;
                }
            }
        }
        int found = 0;
        for (int i = 0; i < n; i++) {
            int id = touched[i];
            if (2.0 * counts[id] / (words.size() + texts.sizes[id]) >= SIMILAR) {
                found++;
            }
            counts[id] = 0;
        }
        return found;
    }

    /** As the classifier's: pairs of adjacent letters or digits, not across punctuation or spaces. */
    static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                previous = -1;
                continue;
            }
            if (previous >= 0) {
                bigrams.add(new StringBuilder()
                        .appendCodePoint(previous)
                        .appendCodePoint(c)
                        .toString());
            }
            previous = c;
        }
        return bigrams;
    }
}
