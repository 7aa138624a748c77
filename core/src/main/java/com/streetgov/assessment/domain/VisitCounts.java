package com.streetgov.assessment.domain;

/**
 * The counted return visits behind one figure (a street, a unit, a category … in a period), after
 * approved exclusions were taken out: {@code visits} done, of which {@code invalid} did not reach the
 * resident; of the valid ones, {@code contacted}, {@code resolved}, {@code satisfied} and
 * {@code basicallySatisfied}. {@code excluded} counts the matters taken out (shown, not counted).
 */
public record VisitCounts(
        long visits,
        long invalid,
        long contacted,
        long resolved,
        long satisfied,
        long basicallySatisfied,
        long excluded) {

    public static final VisitCounts NONE = new VisitCounts(0, 0, 0, 0, 0, 0, 0);

    public VisitCounts {
        long valid = visits - invalid;
        boolean negative = visits < 0
                || invalid < 0
                || contacted < 0
                || resolved < 0
                || satisfied < 0
                || basicallySatisfied < 0
                || excluded < 0;
        if (negative || valid < 0 || contacted > valid || resolved > valid || satisfied + basicallySatisfied > valid) {
            throw new IllegalArgumentException("inconsistent visit counts");
        }
    }

    public long valid() {
        return visits - invalid;
    }

    public VisitCounts plus(VisitCounts other) {
        return new VisitCounts(
                visits + other.visits,
                invalid + other.invalid,
                contacted + other.contacted,
                resolved + other.resolved,
                satisfied + other.satisfied,
                basicallySatisfied + other.basicallySatisfied,
                excluded + other.excluded);
    }

    /** The denominator the rules divide by. */
    public long denominator(AssessmentRules rules) {
        return rules.denominator() == Denominator.ALL_VISITS ? visits : valid();
    }

    public Rates rates(AssessmentRules rules) {
        return Rates.of(this, rules);
    }
}
