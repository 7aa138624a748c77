package com.streetgov.evaluation.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The current district's indicator system versions (never edited: a change is a new version). */
public interface EvaluationRepository {

    /** Every version, the latest effective date first. */
    List<EvaluationVersion> versions();

    Optional<EvaluationModel> find(String version);

    void save(EvaluationModel model, String actor, LocalDateTime at, String reason);
}
