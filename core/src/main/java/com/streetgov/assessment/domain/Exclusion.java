package com.streetgov.assessment.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A request to take a matter out of assessment (Art. 11 of Beijing's 接诉即办 regulation): one kind
 * the rules in force name, a reason, who asked and when; then the district admin's decision. Only an
 * APPROVED exclusion takes the matter out of the rates; every one is listed in the drill-down.
 *
 * <p>Invariants: one per matter; a request has a kind and a reason; only a REQUESTED one is decided;
 * refusing needs a note; a refused request may be asked again (it is replaced, the matter's history
 * keeps the earlier one); a requested or approved one may not.
 */
public final class Exclusion {

    public enum State {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    public static final int TEXT_MAX = 1000;

    private final String matterNumber;
    private final String kind;
    private final String reason;
    private final String requestedBy;
    private final LocalDateTime requestedAt;
    private State state;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private String decisionNote;

    private Exclusion(String matterNumber, String kind, String reason, String requestedBy, LocalDateTime requestedAt) {
        this.matterNumber = matterNumber;
        this.kind = kind;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = State.REQUESTED;
    }

    /**
     * A new request; {@code earlier} is the matter's current one, if any, and {@code rules} the
     * rules in force (their exclusion kinds are the ones a request may name).
     */
    public static Exclusion request(
            String matterNumber,
            String kind,
            String reason,
            AssessmentRules rules,
            Optional<Exclusion> earlier,
            String by,
            LocalDateTime at)
            throws RefusedException {
        if (earlier.isPresent() && earlier.get().state != State.REFUSED) {
            throw new RefusedException(
                    earlier.get().state == State.APPROVED
                            ? Text.of("assessment.exclusion.approved", matterNumber)
                            : Text.of("assessment.exclusion.pending", matterNumber));
        }
        if (kind == null || kind.isBlank()) {
            throw new RefusedException(Text.of("assessment.exclusion.kindMissing"), "kind");
        }
        if (!rules.hasExclusionKind(kind)) {
            throw new RefusedException(Text.of("assessment.exclusion.kindUnknown", kind), "kind");
        }
        return new Exclusion(matterNumber, kind, text(reason, "reason"), by, at);
    }

    /** Rebuilds a stored exclusion (storage only). */
    public static Exclusion restore(
            String matterNumber,
            String kind,
            String reason,
            String requestedBy,
            LocalDateTime requestedAt,
            State state,
            String decidedBy,
            LocalDateTime decidedAt,
            String decisionNote) {
        Exclusion e = new Exclusion(matterNumber, kind, reason, requestedBy, requestedAt);
        e.state = state;
        e.decidedBy = decidedBy;
        e.decidedAt = decidedAt;
        e.decisionNote = decisionNote;
        return e;
    }

    /** The district admin's decision; a refusal needs a note. */
    public void decide(boolean approve, String note, String by, LocalDateTime at) throws RefusedException {
        if (state != State.REQUESTED) {
            throw new RefusedException("assessment.exclusion.decided", matterNumber);
        }
        String given = note == null || note.isBlank() ? null : note.strip();
        if (!approve && given == null) {
            throw new RefusedException(Text.of("assessment.exclusion.noteMissing"), "note");
        }
        this.decisionNote = given == null ? null : text(given, "note");
        this.state = approve ? State.APPROVED : State.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /**
     * {@code value} stripped; refused naming {@code field} ("reason" or "note") when it is blank, too
     * long or has control characters.
     */
    private static String text(String value, String field) throws RefusedException {
        Text named =
                field.equals("note") ? Text.of("assessment.exclusion.note") : Text.of("assessment.exclusion.reason");
        if (value == null || value.isBlank()) {
            throw new RefusedException(Text.of("assessment.exclusion.required", named), field);
        }
        String v = value.strip();
        if (v.length() > TEXT_MAX) {
            throw new RefusedException(Text.of("assessment.exclusion.tooLong", named, TEXT_MAX), field);
        }
        if (!v.matches("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*")) {
            throw new RefusedException(Text.of("assessment.exclusion.control", named), field);
        }
        return v;
    }

    public String matterNumber() {
        return matterNumber;
    }

    public String kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public State state() {
        return state;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDateTime> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }
}
