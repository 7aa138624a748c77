package com.streetgov.evaluation.domain;

import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * The system figures an assessment round reads: for a measure and the results periods {@code first} to
 * {@code last}, the figure of each street (by code) and of the district
 * ({@link AssessmentRound#DISTRICT}) that has one — a percentage (0–100) or a count — with the text
 * saying how it was counted. A subject without a figure (nothing to divide by) is absent; one whose
 * figure may not be given (fewer valid visits than the rules' minimum sample) has a figure without a
 * value, its text saying why, so that its item stays unscored and says so.
 */
public interface FigureSource {

    /** A figure and how it was counted; {@code value} null: no figure, {@code explanation} says why. */
    record Figure(BigDecimal value, Text explanation) {

        public Figure {
            Objects.requireNonNull(explanation, "explanation");
        }

        /** No figure, because of {@code reason}. */
        public static Figure none(Text reason) {
            return new Figure(null, reason);
        }
    }

    Map<String, Figure> figures(Measure measure, YearMonth first, YearMonth last);
}
