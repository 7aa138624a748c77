package com.streetgov.matter.domain;

import java.util.List;

/** Matches a resident's own words against a district's duty items (names and routing keywords). */
public interface MatterClassifier {

    /** One candidate item with its relevance score (higher is better). */
    record Match(String itemCode, double score) {}

    /** The best matches for {@code text}, best first, at most {@code limit}. */
    List<Match> match(String text, int limit);
}
