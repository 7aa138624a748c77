package com.streetgov.matter.infrastructure;

import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.LabelledText;
import com.streetgov.matter.domain.MatterClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One district's routing vocabulary indexed in memory with Lucene's smartcn analyzer (Chinese word
 * segmentation): each street-level duty item (name; routing keywords weighted double; both at half
 * weight when there is a catalog) and each matter type of the dispatch catalog (name; synonyms weighted
 * double; example sentences at the name's weight), scored with BM25 against the resident's text
 * segmented the same way; every field also as Han character bigrams at half weight, which still
 * overlap where the segmenter cuts a colloquial phrase unlike the catalog's words.
 *
 * <p>Texts a person labelled by routing them (a category chosen, a re-route, a judged dispute) are
 * nearest neighbours, not index documents: a new text whose character bigrams overlap one of them
 * with a Dice coefficient of at least {@value #SIMILAR} goes where the person sent it, ahead of any
 * vocabulary match (score {@value #LEARNED_SCALE} × the coefficient, kind {@link Kind#LEARNED}).
 * Bigrams, not smartcn's words: the segmenter cuts the same phrase differently in two sentences
 * (楼道 / 单元楼|道). BM25 over a handful of such documents would weigh them by how few there are, so
 * that the first correction taught nothing. Built once per version of these inputs; thread-safe.
 */
public final class LuceneMatterClassifier implements MatterClassifier {

    private static final float KEYWORD_BOOST = 2.0f;

    /**
     * Example sentences weigh as much as a type's name: they are written in residents' words, the words a
     * new text uses (measured on the development set, README of the routing evaluation: 0.5 → 1.0 took
     * top-1 from 238 to 243 of 263 with the bigram field).
     */
    private static final float EXAMPLE_BOOST = 1.0f;

    /**
     * Weight of the character-bigram fields beside smartcn's words: the segmenter cuts colloquial
     * phrases unlike the catalog's (乱停起, 没得人扫), bigrams still overlap. Half the word fields' weight
     * (development set: top-1 232 → 238 of 263 at 0.5; 0.35–1.0 all between 236 and 243 with the
     * examples' weight; more sentences routed at once, as sure as before).
     */
    private static final float BIGRAM_WEIGHT = 0.5f;

    /**
     * Duty items' own names and keywords weigh half when the district has a catalog: the catalog says
     * in residents' words what the items say in the administration's (measured on the evaluation set's
     * learn part: 87.9% → 88.6% top-1).
     */
    private static final float ITEM_WEIGHT_WITH_CATALOG = 0.5f;

    /** The least Dice coefficient of bigram sets at which a labelled text decides. */
    public static final double SIMILAR = 0.3;

    /** Learned matches score this times their coefficient: far above any vocabulary match seen (≈ 1–40). */
    public static final double LEARNED_SCALE = 1000;

    private static final int MAX_CLAUSES = 512;

    /** Prefix of the character-bigram copies of the fields. */
    private static final String BIGRAMS = "bi_";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final Analyzer bigrams = bigramAnalyzer();
    private final IndexSearcher searcher;
    private final LabelledIndex learned;
    private final float itemWeight;

    /**
     * Each field's indexed terms. A sentence's term is asked only of the fields that have it: most of
     * the ten clauses per term would match nothing, and BM25 adds nothing for an absent term.
     */
    private final Map<String, Set<String>> indexed;

    /**
     * The term-dictionary look-up of each field's term, done the first time a sentence has it and then
     * reused: that look-up, repeated for every clause of every query, was most of a routing's time (JMH
     * stack profile, ops/benchmark/README.md). The same statistics, so the same scores.
     */
    private final Map<Term, TermStates> looked = new ConcurrentHashMap<>();

    /**
     * Each document's kind and code by its id, read from the stored fields once: reading them per hit
     * (decompressing a block each time) was a sixth of an intake's Java samples (JFR under
     * ops/benchmark/flat.sh, ops/benchmark/README.md).
     */
    private final Kind[] kinds;

    private final String[] codes;

    private LuceneMatterClassifier(
            IndexSearcher searcher, LabelledIndex learned, float itemWeight, Map<String, Set<String>> indexed) {
        this.searcher = searcher;
        this.learned = learned;
        this.itemWeight = itemWeight;
        this.indexed = indexed;
        IndexReader reader = searcher.getIndexReader();
        this.kinds = new Kind[reader.maxDoc()];
        this.codes = new String[reader.maxDoc()];
        try {
            StoredFields stored = reader.storedFields();
            for (int id = 0; id < reader.maxDoc(); id++) {
                Document doc = stored.document(id);
                kinds[id] = Kind.valueOf(doc.get("kind"));
                codes[id] = doc.get("code");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the street-level items of a duty list. */
    public static LuceneMatterClassifier of(List<DutyItem> items) {
        return of(items, DispatchCatalog.EMPTY);
    }

    /** Indexes the street-level items of a duty list and the types of a dispatch catalog. */
    public static LuceneMatterClassifier of(List<DutyItem> items, DispatchCatalog catalog) {
        return of(items, catalog, List.of());
    }

    /** Indexes items, catalog types and labelled texts. */
    public static LuceneMatterClassifier of(
            List<DutyItem> items, DispatchCatalog catalog, List<LabelledText> labelled) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer bigrams = bigramAnalyzer();
        try (Analyzer analyzer = new PerFieldAnalyzerWrapper(
                        new SmartChineseAnalyzer(),
                        Map.of(
                                BIGRAMS + "name", bigrams,
                                BIGRAMS + "keywords", bigrams,
                                BIGRAMS + "examples", bigrams,
                                BIGRAMS + "item_name", bigrams,
                                BIGRAMS + "item_keywords", bigrams));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (DutyItem item : items) {
                if (item.level() == DutyLevel.STREET) {
                    writer.addDocument(document(Kind.ITEM, item.code(), item.name(), item.keywords(), List.of()));
                }
            }
            for (DispatchType type : catalog.types()) {
                writer.addDocument(document(Kind.TYPE, type.code(), type.name(), type.synonyms(), type.examples()));
            }
            writer.commit();
            LabelledIndex learned = new LabelledIndex(labelled);
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new LuceneMatterClassifier(
                    searcher, learned, catalog.isEmpty() ? 1.0f : ITEM_WEIGHT_WITH_CATALOG, indexedTerms(searcher));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Set<String>> indexedTerms(IndexSearcher searcher) throws IOException {
        Map<String, Set<String>> terms = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                Terms of = leaf.reader().terms(field.name);
                if (of == null) {
                    continue;
                }
                Set<String> set = terms.computeIfAbsent(field.name, f -> new HashSet<>());
                TermsEnum each = of.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    set.add(term.utf8ToString());
                }
            }
        }
        return terms;
    }

    private static Document document(
            Kind kind, String code, String name, List<String> keywords, List<String> examples) {
        Document doc = new Document();
        doc.add(new StringField("kind", kind.name(), Field.Store.YES));
        doc.add(new StringField("code", code, Field.Store.YES));
        String prefix = kind == Kind.ITEM ? "item_" : "";
        doc.add(new TextField(prefix + "name", name, Field.Store.NO));
        doc.add(new TextField(prefix + "keywords", String.join(" ", keywords), Field.Store.NO));
        doc.add(new TextField("examples", String.join(" ", examples), Field.Store.NO));
        doc.add(new TextField(BIGRAMS + prefix + "name", name, Field.Store.NO));
        doc.add(new TextField(BIGRAMS + prefix + "keywords", String.join(" ", keywords), Field.Store.NO));
        doc.add(new TextField(BIGRAMS + "examples", String.join(" ", examples), Field.Store.NO));
        return doc;
    }

    @Override
    public List<Match> match(String text, int limit) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.stream().limit(MAX_CLAUSES / 4).forEach(term -> fields(query, "", term, 1.0f));
        terms(bigrams, text).stream()
                .limit(MAX_CLAUSES / 8)
                .forEach(term -> fields(query, BIGRAMS, term, BIGRAM_WEIGHT));
        try {
            List<Match> matches = new ArrayList<>(learned.nearest(text, SIMILAR, LEARNED_SCALE, limit));
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                matches.add(new Match(kinds[hit.doc], codes[hit.doc], hit.score));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One term against the five fields of a kind (words or bigrams), each at its weight times {@code weight}. */
    private void fields(BooleanQuery.Builder query, String kind, String term, float weight) {
        clause(query, kind + "name", term, weight);
        clause(query, kind + "keywords", term, KEYWORD_BOOST * weight);
        clause(query, kind + "item_name", term, itemWeight * weight);
        clause(query, kind + "item_keywords", term, KEYWORD_BOOST * itemWeight * weight);
        clause(query, kind + "examples", term, EXAMPLE_BOOST * weight);
    }

    private void clause(BooleanQuery.Builder query, String field, String term, float boost) {
        if (!indexed.getOrDefault(field, Set.of()).contains(term)) {
            return;
        }
        Term t = new Term(field, term);
        query.add(
                new BoostQuery(new TermQuery(t, looked.computeIfAbsent(t, this::lookUp)), boost),
                BooleanClause.Occur.SHOULD);
    }

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Han characters as overlapping pairs (CJKBigramFilter over the standard tokenizer), no stop words. */
    private static Analyzer bigramAnalyzer() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }

    private Set<String> terms(String text) {
        return terms(analyzer, text);
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
