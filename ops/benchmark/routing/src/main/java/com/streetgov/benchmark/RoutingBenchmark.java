package com.streetgov.benchmark;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier;
import com.streetgov.matter.domain.Router;
import com.streetgov.matter.infrastructure.LuceneMatterClassifier;
import com.streetgov.matter.infrastructure.LuceneMatterClassifiers;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StreetProfile;
import com.streetgov.tenantconfig.dispatch.TemplateCatalog;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routing one resident's matter in Xicheng (issue 11, item 5): {@code Router.route} with the template's
 * reform model, duty list and dispatch catalog (269 types) and 0, 2,000 or 100,000 labelled texts,
 * against smartcn segmentation of the same sentence alone (the baseline: the least any text routing
 * does). The classifier is the application's: words, and meaning where the words leave it unsure
 * (DD041; {@code -p semantic=false} for words only). ~50 resident sentences are cycled through, each with one of the district's 15 streets.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
public class RoutingBenchmark {

    static final String DISTRICT = "xicheng";
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    /** The resident sentences and the district's streets. */
    @State(Scope.Benchmark)
    public static class Sentences {
        List<String> texts;
        List<String> streets;

        @Setup(Level.Trial)
        public void load() {
            texts = sentences();
            streets = Templates.load(DISTRICT).streets().stream()
                    .map(StreetProfile::code)
                    .toList();
        }
    }

    /** Which sentence comes next, per thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(int size) {
            int i = next;
            next = (next + 1) % size;
            return i;
        }
    }

    /** The analyzer the classifier segments with, on its own. */
    @State(Scope.Benchmark)
    public static class Segmenter {
        Analyzer analyzer;

        @Setup(Level.Trial)
        public void open() {
            analyzer = new SmartChineseAnalyzer();
        }

        @TearDown(Level.Trial)
        public void close() {
            analyzer.close();
        }
    }

    /** Xicheng's router with {@link #labelled} labelled texts, as {@code RoutingContexts} builds it. */
    @State(Scope.Benchmark)
    public static class Xicheng {
        @Param({"0", "2000", "100000"})
        public int labelled;

        /** With the second opinion by meaning (DD041), as the application routes; false: words only. */
        @Param({"true"})
        public boolean semantic;

        Router router;

        @Setup(Level.Trial)
        public void build(Sentences sentences) {
            ReformModel model = Templates.load(DISTRICT);
            List<DutyItem> items = TemplateDuties.load(DISTRICT).items();
            DispatchCatalog catalog = TemplateCatalog.load(DISTRICT);
            List<LabelledText> examples = LabelledTexts.examples(items, catalog, DAY);
            List<LabelledText> texts = LabelledTexts.of(examples, labelled);
            long start = System.nanoTime();
            MatterClassifier classifier = LuceneMatterClassifiers.of(items, catalog, texts, semantic);
            long built = System.nanoTime() - start;
            router = new Router(model, items, List.of(), classifier, catalog);
            describe(sentences, catalog, examples, texts, classifier, built);
        }

        /** What the run routes: how many sentences a labelled text decides, how many are decided at all. */
        private void describe(
                Sentences sentences,
                DispatchCatalog catalog,
                List<LabelledText> examples,
                List<LabelledText> texts,
                MatterClassifier classifier,
                long builtNanos) {
            int learned = 0;
            int decided = 0;
            int neighbours = 0;
            for (int i = 0; i < sentences.texts.size(); i++) {
                String text = sentences.texts.get(i);
                List<MatterClassifier.Match> matches = classifier.match(text, 20);
                long near = matches.stream()
                        .filter(m -> m.kind() == MatterClassifier.Kind.LEARNED)
                        .count();
                neighbours += (int) near;
                learned += near > 0 ? 1 : 0;
                String street = sentences.streets.get(i % sentences.streets.size());
                decided += router.route(street, DAY, null, text).decision().isPresent() ? 1 : 0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%n[routing] semantic " + semantic + ", %d catalog types, %d labelled texts (varied from %d catalog examples of street items),"
                            + " classifier built in %.0f ms; of %d sentences: %d with a labelled neighbour"
                            + " (Dice >= %.1f; %d such matches in their top 20), %d decided, %d to the desk%n",
                    catalog.types().size(),
                    texts.size(),
                    examples.size(),
                    builtNanos / 1e6,
                    sentences.texts.size(),
                    learned,
                    LuceneMatterClassifier.SIMILAR,
                    neighbours,
                    decided,
                    sentences.texts.size() - decided);
        }
    }

    /** Baseline: smartcn segmentation of the sentence, every term read. */
    @Benchmark
    public int segment(Sentences sentences, Cursor cursor, Segmenter segmenter, Blackhole blackhole)
            throws IOException {
        String text = sentences.texts.get(cursor.next(sentences.texts.size()));
        int terms = 0;
        try (TokenStream stream = segmenter.analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                blackhole.consume(term.toString());
                terms++;
            }
            stream.end();
        }
        return terms;
    }

    /** Routing one matter without a category, as intake does. */
    @Benchmark
    public Router.Outcome route(Sentences sentences, Cursor cursor, Xicheng xicheng) {
        int i = cursor.next(sentences.texts.size());
        return xicheng.router.route(
                sentences.streets.get(i % sentences.streets.size()), DAY, null, sentences.texts.get(i));
    }

    static List<String> sentences() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RoutingBenchmark.class.getResourceAsStream("sentences.txt"), StandardCharsets.UTF_8))) {
            return in.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
