package com.streetgov.evaluation.domain;

import java.util.List;
import java.util.Optional;

/** The current district's assessment rounds and the assessors' scores entered in them. */
public interface RoundRepository {

    /** Every round, the latest last period first. */
    List<AssessmentRound> rounds();

    Optional<AssessmentRound> round(String code);

    void save(AssessmentRound round);

    List<AssessorEntry> scores(String round);

    /** Writes the score of the entry's subject and item in {@code round}, replacing an earlier one. */
    void saveScore(String round, AssessorEntry entry);
}
