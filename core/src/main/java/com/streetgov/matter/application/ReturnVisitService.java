package com.streetgov.matter.application;

import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterRepository;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.matter.domain.ReturnVisitRepository;
import com.streetgov.matter.domain.ReturnVisitSummary;
import com.streetgov.matter.domain.VisitChannel;
import com.streetgov.matter.domain.VisitOutcome;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The return-visit queue (回访) of the current district and the staff's record of a call. A district
 * admin sees the whole district; street staff see their own street only (a staff member whose street
 * is not one of the district's sees nothing). Matters whose time limit passed unanswered get their
 * visit when the queue or its count is read — idempotently, so no scheduler is needed. Recording a
 * call writes the visit, the matter's history and (for a valid visit) its rating in one transaction.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class ReturnVisitService {

    @Inject
    ReturnVisitRepository visits;

    @Inject
    MatterRepository matters;

    @Inject
    RoutingContexts contexts;

    @Inject
    MatterClock clock;

    @Inject
    CurrentCaller caller;

    /**
     * Visits to do, soonest due first. {@code street} narrows an admin's queue (null = the whole
     * district); a street staff member always gets their own street's, whatever they ask.
     */
    public List<ReturnVisitSummary> due(String street, int offset, int limit) {
        visits.addOverdue(clock.now());
        Optional<String> scope = scope(street);
        return scope.isEmpty() ? List.of() : visits.due(blankToNull(scope.get()), offset, limit);
    }

    /** How many visits the caller has to do (the whole district for an admin, the own street for staff). */
    public long countDue() {
        return countDue(null);
    }

    /** How many visits {@link #due} would list in all. */
    public long countDue(String street) {
        visits.addOverdue(clock.now());
        Optional<String> scope = scope(street);
        return scope.isEmpty() ? 0 : visits.countDue(blankToNull(scope.get()));
    }

    /** A matter's visit, due or done; empty if the matter has none (yet) or is not the caller's to see. */
    public Optional<ReturnVisit> find(String matterNumber) {
        Optional<ReturnVisit> visit = visits.find(matterNumber);
        if (visit.isEmpty() || isAdmin()) {
            return visit;
        }
        Optional<String> own = ownStreet();
        boolean mine = own.isPresent()
                && matters.find(matterNumber)
                        .map(m -> own.get().equals(m.submission().street()))
                        .orElse(false);
        return mine ? visit : Optional.empty();
    }

    /**
     * A staff member's call, stamped with the caller's name and now. An answered or overdue matter
     * without a visit yet (answered before visits were kept, or not yet picked up by the queue) gets
     * one on the spot. Refused when the matter needs no visit yet, the visit is already
     * done or the outcome is incomplete.
     */
    public ReturnVisit record(String matterNumber, VisitOutcome outcome) throws RefusedException {
        if (outcome == null) {
            throw new RefusedException("matter.visit.outcomeMissing");
        }
        Matter matter = matters.find(matterNumber)
                .orElseThrow(() -> new RefusedException("matter.numberUnknown", matterNumber));
        String who = caller.get().map(Caller::name).orElseThrow();
        VisitOutcome stamped = outcome.stamped(who, clock.now(), VisitChannel.STAFF);
        Optional<ReturnVisit> stored = visits.find(matterNumber);
        if (stored.isEmpty() && !matter.state().answered() && !matter.overdue(stamped.visitedAt())) {
            throw new RefusedException("matter.visit.notYetDue", matterNumber);
        }
        ReturnVisit visit = stored.orElseGet(() -> ReturnVisit.afterAnswer(matterNumber, stamped.visitedAt()));
        int known = matter.events().size();
        visit.record(stamped);
        matter.recordReturnVisit(stamped);
        visits.save(visit);
        matters.update(matter, known);
        return visit;
    }

    /**
     * The street the caller may see: empty = none at all; "" = the whole district; else a street code.
     * An admin may narrow to {@code asked}; street staff are held to their own street.
     */
    private Optional<String> scope(String asked) {
        if (isAdmin()) {
            return Optional.of(asked == null ? "" : asked);
        }
        return ownStreet();
    }

    private boolean isAdmin() {
        return caller.get()
                .map(c -> c.has(CallerRole.DISTRICT_ADMIN) || c.has(CallerRole.SYSTEM))
                .orElse(false);
    }

    /** A street staff member's street code (their token names the street; the layout knows its code). */
    private Optional<String> ownStreet() {
        return caller.get().flatMap(Caller::street).flatMap(this::streetCode);
    }

    /** The code of the district's street called {@code name}. */
    Optional<String> streetCode(String name) {
        return contexts.current().streets().entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
