package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.DepartmentResult;
import com.streetgov.assessment.domain.DoubleAssessment;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.StreetWhistleResult;
import com.streetgov.assessment.domain.WhistleFacts;
import com.streetgov.assessment.domain.WhistleFigure;
import com.streetgov.assessment.domain.WhistleLine;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.StandbyRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * 吹哨报到 double assessment of the current district for a period: the departments summoned (received,
 * reported in on time or late, not reported, the streets' ratings; ranked by on-time share, then
 * volume) and the streets that blew (whistles and what became of their matters; ranked by resolved
 * share, then volume), each figure listed as the whistles behind it. A whistle counts in the period
 * that contains the day it was blown; the caller names the period (its start day is the rules').
 * Reads only; computed on each call, never stored.
 */
@ApplicationScoped
@Transactional
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class WhistleResults {

    /** A department is ranked from this many summonses due in the period. */
    public static final int MINIMUM_SUMMONSES = 3;

    /** A street is ranked from this many whistles in the period. */
    public static final int MINIMUM_WHISTLES = 3;

    @Inject
    WhistleFacts facts;

    @Inject
    MatterClock clock;

    @Inject
    ResultNames names;

    /** The rules in force: a department's rating score weighs 基本满意 as the period's 满意率 does. */
    @Inject
    ResultsService results;

    /** Every department summoned in the period: the ranked first, then the others by name. */
    @StandbyRead
    public List<DepartmentResult> departments(Period period) {
        return assessment(period).departments();
    }

    /** Every street that blew a whistle in the period: the ranked first, then the others. */
    @StandbyRead
    public List<StreetWhistleResult> streets(Period period) {
        return assessment(period).streets();
    }

    /**
     * The whistles behind {@code figure} of {@code key} (a department's name, or a street's code): as
     * many lines as the figure shows.
     */
    @StandbyRead
    public List<WhistleLine> whistles(Period period, WhistleFigure figure, String key) {
        return assessment(period).lines(figure, key);
    }

    private DoubleAssessment assessment(Period period) {
        return new DoubleAssessment(
                facts.summonses(period.start(), period.end(), streetNames()),
                clock.now(),
                results.rulesInForce(period.start()).basicWeight(),
                MINIMUM_SUMMONSES,
                MINIMUM_WHISTLES);
    }

    /** Street code → name from the district's reform model; codes only when it has none yet. */
    Map<String, String> streetNames() {
        return names.on(clock.now().toLocalDate()).streets();
    }
}
