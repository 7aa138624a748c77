package com.streetgov.whatif.domain;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Period;
import java.util.List;

/**
 * What a draft of the assessment rules would do to the latest complete period: the period as the rules
 * in force cut it and as the draft would (its start day may differ), and every street's rates and rank
 * in both, ordered by the draft's ranking.
 */
public record RulesEffect(Period now, Period draftPeriod, AssessmentRules draft, List<RankMove> streets) {

    public RulesEffect {
        streets = List.copyOf(streets);
    }
}
