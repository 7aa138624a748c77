package com.streetgov.matter.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;

/**
 * What a return visit (回访) found out. Reached or not: a resident who cannot be reached or refuses the
 * call makes the visit <em>invalid</em> (it counts in no rate's numerator or, by default, denominator).
 * A reached resident says whether the unit contacted them (响应), whether the matter is resolved (解决)
 * and how satisfied they are (满意度). Who and when and the channel are stamped by whoever records it
 * ({@link #stamped}), never taken from a form.
 *
 * <p>Invariants (checked by {@link #check()}, the same as the {@code return_visit_outcome} constraint):
 * an unreached outcome names why and nothing of contact, resolution or satisfaction; a reached one
 * answers all three; a note is at most 1,000 characters of plain text.
 */
public record VisitOutcome(
        boolean reached,
        Unreached unreached,
        Boolean contacted,
        Boolean resolved,
        Rating satisfaction,
        String note,
        String visitedBy,
        LocalDateTime visitedAt,
        VisitChannel channel) {

    /** Why a resident was not reached: either makes the visit invalid. */
    public enum Unreached {
        /** 无法接通 */
        UNREACHABLE(Text.of("matter.unreached.UNREACHABLE")),
        /** 拒绝回访 */
        REFUSED(Text.of("matter.unreached.REFUSED"));

        private final Text label;

        Unreached(Text label) {
            this.label = label;
        }

        /** Its name (无法接通, could not be reached, …) in the history. */
        public Text label() {
            return label;
        }
    }

    public static final int NOTE_MAX = 1000;

    /** A staff call that reached the resident, not yet stamped. */
    public static VisitOutcome reached(boolean contacted, boolean resolved, Rating satisfaction, String note) {
        return new VisitOutcome(true, null, contacted, resolved, satisfaction, note, null, null, VisitChannel.STAFF);
    }

    /** A staff call that did not reach the resident (an invalid visit), not yet stamped. */
    public static VisitOutcome unreached(Unreached why, String note) {
        return new VisitOutcome(false, why, null, null, null, note, null, null, VisitChannel.STAFF);
    }

    /**
     * The resident's own rating through their channel ({@code who} names it), which counts as the
     * visit: reached, contacted, satisfaction as rated; resolved as the resident says, or — when they
     * say nothing — resolved unless they are not satisfied.
     */
    public static VisitOutcome byResident(Rating rating, Boolean resolved, String who, LocalDateTime at) {
        return byResident(rating, resolved, null, who, at);
    }

    /** As {@link #byResident(Rating, Boolean, String, LocalDateTime)}, with the resident's comment as the note. */
    public static VisitOutcome byResident(
            Rating rating, Boolean resolved, String comment, String who, LocalDateTime at) {
        boolean solved = resolved != null ? resolved : rating != Rating.NOT_SATISFIED;
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        return new VisitOutcome(true, null, true, solved, rating, note, who, at, VisitChannel.RESIDENT);
    }

    /** This outcome as recorded by {@code who} at {@code at} through {@code via}. */
    public VisitOutcome stamped(String who, LocalDateTime at, VisitChannel via) {
        return new VisitOutcome(reached, unreached, contacted, resolved, satisfaction, note, who, at, via);
    }

    /** A valid visit: the resident was reached. */
    public boolean valid() {
        return reached;
    }

    /** Refuses an outcome the table could not hold, naming the field. */
    public void check() throws RefusedException {
        if (reached) {
            if (unreached != null) {
                throw new RefusedException(Text.of("matter.visit.unreachedWhenReached"), "unreached");
            }
            if (contacted == null) {
                throw new RefusedException(Text.of("matter.visit.contactedMissing"), "contacted");
            }
            if (resolved == null) {
                throw new RefusedException(Text.of("matter.visit.resolvedMissing"), "resolved");
            }
            if (satisfaction == null) {
                throw new RefusedException(Text.of("matter.visit.satisfactionMissing"), "satisfaction");
            }
        } else {
            if (unreached == null) {
                throw new RefusedException(Text.of("matter.visit.unreachedMissing"), "unreached");
            }
            if (contacted != null || resolved != null || satisfaction != null) {
                throw new RefusedException("matter.visit.outcomeWhenUnreached");
            }
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new RefusedException(Text.of("matter.visit.noteTooLong", NOTE_MAX), "note");
        }
        if (note != null && !note.matches(Matter.PLAIN_TEXT)) {
            throw new RefusedException(Text.of("matter.visit.noteControl"), "note");
        }
        if (visitedBy == null || visitedBy.isBlank() || visitedAt == null || channel == null) {
            throw new IllegalStateException("a recorded outcome names who, when and the channel");
        }
    }

    /** One line for the matter's history: what was found out, then the note as written. */
    public Text summary() {
        Text text = reached
                ? Text.of(
                        "matter.visit.reached",
                        contacted ? Text.of("matter.visit.unitContacted") : Text.of("matter.visit.unitNotContacted"),
                        resolved ? Text.of("matter.visit.resolved") : Text.of("matter.visit.notResolved"),
                        satisfaction.label())
                : Text.of("matter.visit.invalid", unreached.label());
        return note == null || note.isBlank() ? text : Text.of("matter.visit.noted", text, Text.literal(note.strip()));
    }
}
