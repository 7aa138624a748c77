package com.streetgov.matter.domain;

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
        UNREACHABLE("无法接通"),
        /** 拒绝回访 */
        REFUSED("拒绝回访");

        private final String label;

        Unreached(String label) {
            this.label = label;
        }

        public String label() {
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

    /** Refuses an outcome the table could not hold, naming the field in Chinese. */
    public void check() throws MatterRefusedException {
        if (reached) {
            if (unreached != null) {
                throw new MatterRefusedException("已联系上居民时不能填写未联系上的原因（unreached）");
            }
            if (contacted == null) {
                throw new MatterRefusedException("请选择承办单位是否联系过居民（contacted）");
            }
            if (resolved == null) {
                throw new MatterRefusedException("请选择问题是否解决（resolved）");
            }
            if (satisfaction == null) {
                throw new MatterRefusedException("请选择居民满意度（satisfaction）");
            }
        } else {
            if (unreached == null) {
                throw new MatterRefusedException("未联系上居民时请选择原因：无法接通或拒绝回访（unreached）");
            }
            if (contacted != null || resolved != null || satisfaction != null) {
                throw new MatterRefusedException("未联系上居民时不能填写是否联系、是否解决和满意度");
            }
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new MatterRefusedException("回访记录（note）不能超过" + NOTE_MAX + "个字符");
        }
        if (note != null && !note.matches(Matter.PLAIN_TEXT)) {
            throw new MatterRefusedException("回访记录（note）不能包含控制字符（如 NUL）");
        }
        if (visitedBy == null || visitedBy.isBlank() || visitedAt == null || channel == null) {
            throw new IllegalStateException("a recorded outcome names who, when and the channel");
        }
    }

    /** One line for the matter's history, in Chinese. */
    public String summary() {
        String text = reached
                ? "已联系上居民；承办单位" + (contacted ? "已" : "未") + "联系居民；问题" + (resolved ? "已解决" : "未解决") + "；"
                        + satisfaction.label()
                : "无效回访：" + unreached.label();
        return note == null || note.isBlank() ? text : text + "。" + note.strip();
    }
}
