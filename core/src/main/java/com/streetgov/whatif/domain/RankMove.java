package com.streetgov.whatif.domain;

import com.streetgov.assessment.domain.Ranking;

/**
 * One street under the assessment rules in force and under a draft of them: its rates and rank in each
 * (null where it has no visits in that cut of the period).
 */
public record RankMove(String street, String name, Ranking.Row now, Ranking.Row draft) {

    /** How many places the street climbs (positive) or falls (negative); null when either is unranked. */
    public Integer climb() {
        if (now == null || draft == null || now.rank() == null || draft.rank() == null) {
            return null;
        }
        return now.rank() - draft.rank();
    }
}
