package com.streetgov.matter.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The current district's return visits. */
public interface ReturnVisitRepository {

    Optional<ReturnVisit> find(String matterNumber);

    /** Stores a new visit or the changes of a stored one. */
    void save(ReturnVisit visit);

    /**
     * Gives every matter whose time limit passed unanswered by {@code now}, and that has no visit yet,
     * a DUE visit ({@link ReturnVisit#DELAY} after its deadline). Idempotent, safe when two callers race.
     *
     * @return how many visits were created
     */
    int addOverdue(LocalDateTime now);

    /** Visits to do, soonest due first; {@code street} null = the whole district. */
    List<ReturnVisitSummary> due(String street, int offset, int limit);

    long countDue(String street);
}
