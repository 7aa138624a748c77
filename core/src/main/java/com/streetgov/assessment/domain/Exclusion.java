package com.streetgov.assessment.domain;

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
            throws ExclusionRefusedException {
        if (earlier.isPresent() && earlier.get().state != State.REFUSED) {
            throw new ExclusionRefusedException(
                    earlier.get().state == State.APPROVED
                            ? "诉求" + matterNumber + "已核准不计入考核"
                            : "诉求" + matterNumber + "已申请不计入考核，正在等待审核");
        }
        if (kind == null || kind.isBlank()) {
            throw new ExclusionRefusedException("请选择不计入考核的情形（kind）");
        }
        if (!rules.hasExclusionKind(kind)) {
            throw new ExclusionRefusedException("现行考核规则没有“" + kind + "”这一不计入考核的情形（kind）");
        }
        return new Exclusion(matterNumber, kind, text(reason, "申请理由（reason）"), by, at);
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
    public void decide(boolean approve, String note, String by, LocalDateTime at) throws ExclusionRefusedException {
        if (state != State.REQUESTED) {
            throw new ExclusionRefusedException("诉求" + matterNumber + "的不计入考核申请已审核");
        }
        String given = note == null || note.isBlank() ? null : note.strip();
        if (!approve && given == null) {
            throw new ExclusionRefusedException("不予核准须说明理由（note）");
        }
        this.decisionNote = given == null ? null : text(given, "审核意见（note）");
        this.state = approve ? State.APPROVED : State.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private static String text(String value, String field) throws ExclusionRefusedException {
        if (value == null || value.isBlank()) {
            throw new ExclusionRefusedException(field + "必填");
        }
        String v = value.strip();
        if (v.length() > TEXT_MAX) {
            throw new ExclusionRefusedException(field + "不能超过" + TEXT_MAX + "个字符");
        }
        if (!v.matches("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*")) {
            throw new ExclusionRefusedException(field + "不能包含控制字符（如 NUL）");
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
