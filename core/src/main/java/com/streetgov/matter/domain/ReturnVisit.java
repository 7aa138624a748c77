package com.streetgov.matter.domain;

import com.streetgov.text.RefusedException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A matter's return visit (回访): the aggregate behind the visit queue and every assessment rate. One
 * per matter. It becomes DUE when the matter is answered — due {@link #DELAY} after the answer — or,
 * for a matter still unanswered when its time limit passed, due {@link #DELAY} after that deadline; it
 * is DONE once a staff member records the call or the resident rates through their own channel.
 *
 * <p>Invariants: a DONE visit has an outcome that passed {@link VisitOutcome#check()}, a DUE one has
 * none; staff cannot record a DONE visit again; the resident's own rating may replace only an
 * invalid (unreached) outcome; reopening the matter puts the visit back to DUE (the earlier outcome
 * stays in the matter's history); answering again moves a DUE visit's due date.
 */
public final class ReturnVisit {

    /**
     * How long after the answer (or the passed deadline) a visit falls due: two days, enough for the
     * resident to see whether the answer holds, and well within a monthly assessment period.
     */
    public static final Duration DELAY = Duration.ofDays(2);

    public enum State {
        DUE,
        DONE
    }

    private final String matterNumber;
    private final LocalDateTime createdAt;
    private State state;
    private LocalDateTime dueAt;
    private VisitOutcome outcome;

    private ReturnVisit(String matterNumber, LocalDateTime createdAt, LocalDateTime dueAt) {
        this.matterNumber = matterNumber;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.state = State.DUE;
    }

    /** The visit to make after the answer given {@code at}. */
    public static ReturnVisit afterAnswer(String matterNumber, LocalDateTime at) {
        return new ReturnVisit(matterNumber, at, at.plus(DELAY));
    }

    /** Rebuilds a stored visit (storage only). */
    public static ReturnVisit restore(
            String matterNumber, State state, LocalDateTime createdAt, LocalDateTime dueAt, VisitOutcome outcome) {
        ReturnVisit visit = new ReturnVisit(matterNumber, createdAt, dueAt);
        visit.state = state;
        visit.outcome = state == State.DONE ? outcome : null;
        return visit;
    }

    /** The matter was answered (again) {@code at}: a visit still to do falls due {@link #DELAY} later. */
    public void answered(LocalDateTime at) {
        if (state == State.DUE) {
            dueAt = at.plus(DELAY);
        }
    }

    /** A staff member's call; refused once the visit is done. */
    public void record(VisitOutcome recorded) throws RefusedException {
        if (state == State.DONE) {
            throw new RefusedException("matter.visit.alreadyDone", matterNumber);
        }
        recorded.check();
        complete(recorded);
    }

    /**
     * The resident's own rating, which counts as the visit. It completes a visit still to do and
     * replaces an invalid one (the resident could not be reached by phone, but answered themselves).
     */
    public void ratedByResident(VisitOutcome rated) throws RefusedException {
        if (state == State.DONE && outcome.valid()) {
            throw new RefusedException("matter.visit.residentCannotReplace", matterNumber);
        }
        rated.check();
        complete(rated);
    }

    private void complete(VisitOutcome recorded) {
        outcome = recorded;
        state = State.DONE;
    }

    /** The matter was reopened {@code at}: the visit is to do again. */
    public void reopened(LocalDateTime at) {
        state = State.DUE;
        outcome = null;
        dueAt = at.plus(DELAY);
    }

    /** Due and past its due date. */
    public boolean overdue(LocalDateTime now) {
        return state == State.DUE && now.isAfter(dueAt);
    }

    public String matterNumber() {
        return matterNumber;
    }

    public State state() {
        return state;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime dueAt() {
        return dueAt;
    }

    public Optional<VisitOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
