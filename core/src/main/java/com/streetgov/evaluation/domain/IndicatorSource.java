package com.streetgov.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Where an item's value comes from: a system figure, questionnaire answers, or an assessor. */
public sealed interface IndicatorSource {

    /**
     * A figure the system computes for the period. A rate (response, resolution, satisfaction, whistles
     * answered on time) is its own score; the overdue share scores 100 minus the share; a count
     * (coverage problems, admission refusals) scores 100 minus {@code deduction} per case, never below 0.
     */
    record SystemFigure(Measure measure, BigDecimal deduction) implements IndicatorSource {
        public SystemFigure {
            Objects.requireNonNull(measure, "measure");
            deduction = measure.isCount() ? (deduction == null ? BigDecimal.TEN : deduction) : null;
        }

        public SystemFigure(Measure measure) {
            this(measure, null);
        }
    }

    /** The mean score of the answers to the linked questions (each answer scored 0–100). */
    record Answers(List<QuestionRef> questions) implements IndicatorSource {
        public Answers {
            questions = List.copyOf(questions);
        }
    }

    /** A score entered by an assessor, with a reason. */
    record AssessorScore() implements IndicatorSource {}

    /** The system figures an item can be fed by. */
    enum Measure {
        RESPONSE_RATE(false),
        RESOLUTION_RATE(false),
        SATISFACTION_RATE(false),
        WHISTLES_ON_TIME(false),
        OVERDUE_SHARE(false),
        COVERAGE_PROBLEMS(true),
        ADMISSION_REFUSALS(true);

        private final boolean count;

        Measure(boolean count) {
            this.count = count;
        }

        /** Whether the figure is a count of cases (else a percentage). */
        public boolean isCount() {
            return count;
        }
    }
}
