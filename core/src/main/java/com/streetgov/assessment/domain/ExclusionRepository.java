package com.streetgov.assessment.domain;

import java.util.List;
import java.util.Optional;

/** The current district's exclusions from assessment, one per matter. */
public interface ExclusionRepository {

    Optional<Exclusion> find(String matterNumber);

    /** Stores a new exclusion, or replaces the matter's (a refused request asked again) or updates it. */
    void save(Exclusion exclusion);

    /** Requests waiting for the district admin, oldest first. */
    List<Exclusion> requested();
}
