package com.streetgov.assessment.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current district's assessment rules versions and baseline, and the counts behind every figure,
 * aggregated by the database from matters, their done return visits and approved exclusions (nothing
 * computed is stored). Days are {@code [from, to)} of {@code matter.received_at}. A {@code key} of null
 * means the whole district; otherwise it is matched against the dimension's key (see {@link Dimension}).
 */
public interface ResultsRepository {

    /** Every saved version, newest effective date first. */
    List<AssessmentRules> rules();

    void addRules(AssessmentRules rules, String actor, LocalDateTime at, String reason);

    Optional<Baseline> baseline();

    void saveBaseline(Baseline baseline, String actor, LocalDateTime at);

    /** Counts per key of {@code dimension}: one grouped query. */
    Map<String, VisitCounts> counts(Dimension dimension, LocalDate from, LocalDate to);

    /** Counts of one key (null: the district) per day received: one grouped query, summed into periods by the caller. */
    Map<LocalDate, VisitCounts> daily(Dimension dimension, String key, LocalDate from, LocalDate to);

    /**
     * The matters behind the counts of one key (null: the district), ordered by received time and
     * number; {@code counted} set as {@code denominator} decides. Kind codes as stored.
     */
    List<CountedMatter> matters(Dimension dimension, String key, LocalDate from, LocalDate to, Denominator denominator);
}
