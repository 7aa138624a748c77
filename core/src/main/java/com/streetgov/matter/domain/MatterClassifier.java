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

    /** One candidate with its relevance score (higher is better). */
    record Match(Kind kind, String code, double score) {}

    /** The best matches for {@code text}, best first, at most {@code limit}. */
    List<Match> match(String text, int limit);
}
