package com.streetgov.assessment.domain;

import com.streetgov.matter.domain.Rating;
import java.time.LocalDateTime;

/**
 * Every figure of the double assessment that can be listed as the whistles behind it. A department's
 * figures count summonses (key = the department); a street's count whistles ({@link #perWhistle()}:
 * one line per whistle) or the summonses its whistles sent (key = the street's code).
 */
public enum WhistleFigure {
    SUMMONED(Scope.DEPARTMENT, false),
    REPORTED_IN(Scope.DEPARTMENT, false),
    ON_TIME(Scope.DEPARTMENT, false),
    LATE(Scope.DEPARTMENT, false),
    NOT_REPORTED(Scope.DEPARTMENT, false),
    AWAITING(Scope.DEPARTMENT, false),
    MISSED(Scope.DEPARTMENT, false),
    RATED(Scope.DEPARTMENT, false),
    SATISFIED(Scope.DEPARTMENT, false),
    BASICALLY_SATISFIED(Scope.DEPARTMENT, false),
    NOT_SATISFIED(Scope.DEPARTMENT, false),
    BLOWN(Scope.STREET, true),
    RESOLVED(Scope.STREET, true),
    ANSWERED(Scope.STREET, true),
    OPEN(Scope.STREET, true),
    STREET_SUMMONS(Scope.STREET, false),
    STREET_REPORTED_IN(Scope.STREET, false);

    /** Whose figure it is: a district department's or a street's. */
    public enum Scope {
        DEPARTMENT,
        STREET
    }

    private final Scope scope;
    private final boolean perWhistle;

    WhistleFigure(Scope scope, boolean perWhistle) {
        this.scope = scope;
        this.perWhistle = perWhistle;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether the figure counts whistles (a line per whistle) rather than summonses. */
    public boolean perWhistle() {
        return perWhistle;
    }

    /** The key of {@code s} under this figure's scope: its department or its street. */
    public String keyOf(SummonsFact s) {
        return scope == Scope.DEPARTMENT ? s.department() : s.street();
    }

    /** Whether summons {@code s} (or, per whistle, the whistle that sent it) counts in this figure. */
    public boolean counts(SummonsFact s, LocalDateTime now) {
        return switch (this) {
            case SUMMONED, BLOWN, STREET_SUMMONS -> true;
            case REPORTED_IN, STREET_REPORTED_IN -> s.reported();
            case ON_TIME -> s.onTime();
            case LATE -> s.late();
            case NOT_REPORTED -> !s.reported();
            case AWAITING -> s.awaiting(now);
            case MISSED -> s.missed(now);
            case RATED -> s.rating() != null;
            case SATISFIED -> s.rating() == Rating.SATISFIED;
            case BASICALLY_SATISFIED -> s.rating() == Rating.BASICALLY_SATISFIED;
            case NOT_SATISFIED -> s.rating() == Rating.NOT_SATISFIED;
            case RESOLVED -> s.outcome() == WhistleOutcome.RESOLVED;
            case ANSWERED -> s.outcome() == WhistleOutcome.ANSWERED;
            case OPEN -> s.outcome() == WhistleOutcome.OPEN;
        };
    }
}
