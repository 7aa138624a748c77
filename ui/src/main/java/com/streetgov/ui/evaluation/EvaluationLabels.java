package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.QuestionRef;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Collectors;

/** How the evaluation's screens name sources and write scores. */
final class EvaluationLabels {

    private EvaluationLabels() {}

    /** "解决率（系统数据）", "问卷：resident/R1", "评估人打分" in the reader's language. */
    static String source(Component in, Indicator node) {
        IndicatorSource source = node.source();
        if (source instanceof IndicatorSource.SystemFigure f) {
            return in.getTranslation(
                    "eval.ui.source.figure",
                    in.getTranslation("eval.ui.measure." + f.measure().name()));
        }
        if (source instanceof IndicatorSource.Answers a) {
            return in.getTranslation(
                    "eval.ui.source.answers",
                    a.questions().stream().map(QuestionRef::toString).collect(Collectors.joining("、")));
        }
        if (source instanceof IndicatorSource.AssessorScore) {
            return in.getTranslation("eval.ui.source.assessor");
        }
        return "";
    }

    /** A score to two decimals, or "—". */
    static String score(BigDecimal score) {
        return score == null ? "—" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A weight as written ("33.5"). */
    static String weight(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }
}
