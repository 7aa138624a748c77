package com.streetgov.matter.domain;

import java.util.List;

/**
 * Matches a resident's own words against what a district routes by: its duty items (names and routing
 * keywords) and the matter types of its dispatch catalog (names, synonyms and example sentences).
 */
public interface MatterClassifier {

    /** What a match points at. */
    enum Kind {
        /** A duty item, by its code. */
        ITEM,
        /** A matter type of the dispatch catalog, by its code. */
        TYPE,
        /** A duty item, by its code, because a person sent nearly the same words there. */
        LEARNED
    }

    /**
     * One candidate with its relevance score (higher is better) and, where its meaning counted, the
     * cosine similarity of the text to its closest name or example sentence (0 where only words did).
     */
    record Match(Kind kind, String code, double score, double similarity) {
        public Match(Kind kind, String code, double score) {
            this(kind, code, score, 0);
        }
    }

    /** The best matches for {@code text}, best first, at most {@code limit}. */
    List<Match> match(String text, int limit);
}
