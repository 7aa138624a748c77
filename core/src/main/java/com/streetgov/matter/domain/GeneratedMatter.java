package com.streetgov.matter.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A generated demo matter with everything stored about it: the matter (always answered and closed,
 * flagged {@code generated}), its history, its return visit (done), and where the generator made them,
 * an approved exclusion from assessment and a whistle with its summons. Written as raw rows by
 * {@link GeneratedHistoryStore}; never built by intake. Figures are computed from these rows like from
 * any other (nothing here is a result).
 *
 * <p>Invariants: the number starts with "G" (residents' matters never do); the history starts with
 * RECEIVED and ends in CLOSED; a reached visit has an outcome, an unreached one has a reason.
 */
public record GeneratedMatter(
        String number,
        Channel channel,
        Matter.Submission submission,
        TimeLimit limit,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        RoutingDecision routing,
        String answer,
        Rating rating,
        String returnVisitNote,
        List<MatterEvent> events,
        Visit visit,
        Exclusion exclusion,
        Whistle whistle) {

    /** A done return visit: {@code reached = false} is an invalid visit (unreachable or refused). */
    public record Visit(
            LocalDateTime createdAt,
            LocalDateTime dueAt,
            String channel,
            boolean reached,
            String unreached,
            Boolean contacted,
            Boolean resolved,
            String satisfaction,
            String note,
            String visitedBy,
            LocalDateTime visitedAt) {

        public Visit {
            if (reached ? contacted == null || resolved == null || satisfaction == null : unreached == null) {
                throw new IllegalArgumentException("a reached visit needs its outcome, an unreached one its reason");
            }
        }
    }

    /** An approved exclusion from assessment (Art. 11 kinds), with the request and the decision. */
    public record Exclusion(
            String kind,
            String reason,
            String requestedBy,
            LocalDateTime requestedAt,
            String decidedBy,
            LocalDateTime decidedAt,
            String decisionNote) {}

    public GeneratedMatter {
        Objects.requireNonNull(visit, "visit");
        events = List.copyOf(events);
        if (!number.startsWith("G")) {
            throw new IllegalArgumentException("generated matter numbers start with G: " + number);
        }
        if (events.isEmpty()
                || !events.get(0).type().equals("RECEIVED")
                || events.stream().noneMatch(e -> e.to() == MatterState.CLOSED)) {
            throw new IllegalArgumentException("a generated matter's history runs from RECEIVED to CLOSED");
        }
    }
}
