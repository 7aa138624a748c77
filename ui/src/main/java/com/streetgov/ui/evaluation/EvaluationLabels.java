package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.QuestionRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** {@code name} indented by {@code depth} levels, for a tree shown as a flat, printable table. */
    static Span indented(String name, int depth) {
        Span span = new Span(name);
        span.getStyle().set("padding-left", (depth * 1.25) + "em");
        if (depth == 0) {
            span.getStyle().set("font-weight", "600");
        }
        return span;
    }

    /** {@code roots} and everything below them, depth first, each with its depth. */
    static <T> List<Map.Entry<Integer, T>> flatten(List<T> roots, Function<T, List<T>> children) {
        List<Map.Entry<Integer, T>> out = new ArrayList<>();
        for (T root : roots) {
            add(root, 0, children, out);
        }
        return out;
    }

    private static <T> void add(T node, int depth, Function<T, List<T>> children, List<Map.Entry<Integer, T>> out) {
        out.add(Map.entry(depth, node));
        for (T child : children.apply(node)) {
            add(child, depth + 1, children, out);
        }
    }

    /** {@code select} offering the whole district ("") and each street by name, the district chosen. */
    static Select<String> streets(Component in, Select<String> select, String id, Map<String, String> streetNames) {
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(streetNames.keySet().stream().sorted().toList());
        select.setId(id);
        select.setLabel(in.getTranslation("eval.ui.surveys.street"));
        select.setItems(choices);
        select.setItemLabelGenerator(
                s -> s.isEmpty() ? in.getTranslation("eval.ui.surveys.wholeDistrict") : streetNames.get(s));
        select.setValue("");
        return select;
    }

    /** A weight as written ("33.5"). */
    static String weight(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }
}
