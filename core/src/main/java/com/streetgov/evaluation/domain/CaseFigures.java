package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The counts behind the system figures that are not rates of return visits: matters received and
 * overdue, and admission applications refused, each for the current district only.
 */
public interface CaseFigures {

    /** Matters received in a span, and of them the overdue ones. */
    record Overdue(long received, long overdue) {

        public Overdue plus(Overdue other) {
            return new Overdue(received + other.received, overdue + other.overdue);
        }
    }

    /**
     * Per street code, the matters received in {@code [from, to)} and of them the overdue ones as of
     * {@code asOf}: those whose street's time limit ran on some moment after their due time and no later
     * than {@code asOf} — the product's "overdue" ({@code Matter.overdue}: the clock runs, neither
     * answered nor referred, and the due time has passed) held at any moment up to {@code asOf}, so a
     * matter answered late, one still unanswered past its due time, and one taken back or reopened
     * after its due time all count; one answered or referred in time does not.
     */
    Map<String, Overdue> overdue(LocalDate from, LocalDate to, LocalDateTime asOf);

    /** The admission applications refused (decided against) on the days {@code [from, to)}. */
    long admissionRefusals(LocalDate from, LocalDate to);
}
