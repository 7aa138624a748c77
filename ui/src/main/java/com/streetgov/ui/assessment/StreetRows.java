package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.VisitCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A street league table that names every street: the figures list the streets with visits in the
 * period; a street without any is added after them, unranked, with no rate (its drill-down is empty),
 * so a street never silently drops out of the table.
 */
public final class StreetRows {

    private StreetRows() {}

    public static List<Ranking.Row> all(List<Ranking.Row> figures, Map<String, String> streets, AssessmentRules rules) {
        Set<String> shown = figures.stream().map(Ranking.Row::key).collect(Collectors.toSet());
        List<Ranking.Row> rows = new ArrayList<>(figures);
        streets.forEach((code, name) -> {
            if (!shown.contains(code)) {
                rows.add(new Ranking.Row(code, name, VisitCounts.NONE.rates(rules), null));
            }
        });
        return rows;
    }
}
