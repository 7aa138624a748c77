package com.streetgov.evaluation.domain;

import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * The system figures an assessment round reads: for a measure and the results periods {@code first} to
 * {@code last}, the figure of each street (by code) and of the district
 * ({@link AssessmentRound#DISTRICT}) that has one — a percentage (0–100) or a count — with the text
 * saying how it was counted. A subject without a figure (nothing to divide by) is absent.
 */
public interface FigureSource {

    record Figure(BigDecimal value, Text explanation) {}

    Map<String, Figure> figures(Measure measure, YearMonth first, YearMonth last);
}
