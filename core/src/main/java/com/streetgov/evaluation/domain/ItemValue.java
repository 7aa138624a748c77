package com.streetgov.evaluation.domain;

import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The value of one item in an assessment round: a score in [0, 100] and where it came from, said as a
 * text (the figure with its numerator and denominator, the answers' mean and count, or the assessor
 * and their reason), so every score on a report can be traced to its source. A value without a score
 * ({@link #absent}) is an item its source could not score, the text saying why (e.g. too few valid
 * visits): it counts as missing, never as 0.
 */
public record ItemValue(String code, BigDecimal score, Origin origin, Text source) {

    /** Which kind of source gave the value. */
    public enum Origin {
        SYSTEM_FIGURE,
        ANSWERS,
        ASSESSOR
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ItemValue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("a score is within 0..100: " + score);
        }
    }

    /** An item its source could not score, and why. */
    public static ItemValue absent(String code, Origin origin, Text reason) {
        return new ItemValue(code, null, origin, reason);
    }

    /** Whether the source gave a score. */
    public boolean scored() {
        return score != null;
    }

    /**
     * The value of an item fed by {@code figure} ({@code value} null: {@link #absent}, the text saying
     * why): a rate is its own score, the overdue share scores 100
     * minus the share, a count scores 100 minus the deduction per case (not below 0).
     */
    public static ItemValue ofFigure(String code, SystemFigure figure, BigDecimal value, Text source) {
        if (value == null) {
            return absent(code, Origin.SYSTEM_FIGURE, source);
        }
        BigDecimal score;
        if (figure.measure().isCount()) {
            score = HUNDRED.subtract(figure.deduction().multiply(value)).max(BigDecimal.ZERO);
        } else if (figure.measure() == IndicatorSource.Measure.OVERDUE_SHARE) {
            score = HUNDRED.subtract(value);
        } else {
            score = value;
        }
        return new ItemValue(code, clamp(score), Origin.SYSTEM_FIGURE, source);
    }

    /** The mean of the answers' scores, or null when nobody has answered a linked question. */
    public static ItemValue ofAnswers(String code, List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal mean = scores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 4, RoundingMode.HALF_UP);
        return new ItemValue(
                code,
                mean,
                Origin.ANSWERS,
                Text.of(
                        "evaluation.value.answers",
                        mean.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        scores.size()));
    }

    /** An assessor's score, refused unless within 0..100 and given with a reason. */
    public static ItemValue ofAssessor(String code, BigDecimal score, String assessor, String reason)
            throws RefusedException {
        if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw new RefusedException(Text.of("evaluation.score.range"), "score");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Text.of("evaluation.score.reasonMissing"), "reason");
        }
        return new ItemValue(
                code,
                score,
                Origin.ASSESSOR,
                Text.of("evaluation.value.assessor", assessor, Text.literal(reason.strip())));
    }

    private static BigDecimal clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(HUNDRED);
    }
}
