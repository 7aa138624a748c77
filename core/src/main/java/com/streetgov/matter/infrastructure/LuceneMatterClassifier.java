package com.streetgov.matter.infrastructure;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.matter.domain.MatterClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One district's duty items indexed in memory with Lucene's smartcn analyzer (Chinese word
 * segmentation): names and routing keywords, keywords weighted double. A resident's text is segmented
 * the same way and scored with BM25. Built once per version of the duty list; searching is
 * thread-safe.
 */
public final class LuceneMatterClassifier implements MatterClassifier {

    private static final float KEYWORD_BOOST = 2.0f;
    private static final int MAX_CLAUSES = 256;

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final IndexSearcher searcher;

    private LuceneMatterClassifier(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Indexes the street-level items of a duty list. */
    public static LuceneMatterClassifier of(List<DutyItem> items) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (Analyzer analyzer = new SmartChineseAnalyzer();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (DutyItem item : items) {
                if (item.level() != DutyLevel.STREET) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StringField("code", item.code(), Field.Store.YES));
                doc.add(new TextField("name", item.name(), Field.Store.NO));
                doc.add(new TextField("keywords", String.join(" ", item.keywords()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            return new LuceneMatterClassifier(new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Match> match(String text, int limit) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.stream().limit(MAX_CLAUSES / 2).forEach(term -> {
            query.add(new TermQuery(new Term("name", term)), BooleanClause.Occur.SHOULD);
            query.add(
                    new BoostQuery(new TermQuery(new Term("keywords", term)), KEYWORD_BOOST),
                    BooleanClause.Occur.SHOULD);
        });
        try {
            List<Match> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                matches.add(new Match(searcher.storedFields().document(hit.doc).get("code"), hit.score));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
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
