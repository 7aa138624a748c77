package com.streetgov.evaluation.domain;

import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an indicator system against the district's questionnaires. Errors: no category; a weight not
 * above 0; sibling weights that do not add up to 100 (the parent and the sum named); an item without a
 * source or a group with one; a link to no question, a missing questionnaire or question, or a free-text
 * question; a code used twice. Warnings: nodes still 待确认. Each finding names the node's code.
 */
public final class IndicatorValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorValidator() {}

    public static List<IndicatorFinding> validate(IndicatorSystem system, List<Questionnaire> questionnaires) {
        Map<String, Questionnaire> byCode = questionnaires.stream()
                .collect(Collectors.toMap(Questionnaire::code, Function.identity(), (a, b) -> a));
        List<IndicatorFinding> out = new ArrayList<>();
        if (system.categories().isEmpty()) {
            out.add(IndicatorFinding.error(system.version(), "evaluation.system.empty"));
            return out;
        }
        weights(system.version(), system.name(), system.categories(), out);
        Set<String> seen = new HashSet<>();
        for (Indicator category : system.categories()) {
            walk(category, byCode, seen, out);
        }
        return out;
    }

    /** Whether {@code findings} hold an error. */
    public static boolean blocking(List<IndicatorFinding> findings) {
        return findings.stream().anyMatch(IndicatorFinding::isError);
    }

    private static void walk(
            Indicator node, Map<String, Questionnaire> questionnaires, Set<String> seen, List<IndicatorFinding> out) {
        if (!seen.add(node.code())) {
            out.add(IndicatorFinding.error(node.code(), "evaluation.code.duplicate", node.code()));
        }
        if (node.weight().signum() <= 0) {
            out.add(IndicatorFinding.error(node.code(), "evaluation.weight.notPositive", node.name()));
        }
        if (!node.confirmed()) {
            out.add(IndicatorFinding.warning(node.code(), "evaluation.toBeConfirmed", node.name()));
        }
        if (node.isItem()) {
            source(node, questionnaires, out);
            return;
        }
        if (node.source() != null) {
            out.add(IndicatorFinding.error(node.code(), "evaluation.source.onGroup", node.name()));
        }
        weights(node.code(), node.name(), node.children(), out);
        node.children().forEach(c -> walk(c, questionnaires, seen, out));
    }

    private static void weights(String code, String name, List<Indicator> siblings, List<IndicatorFinding> out) {
        BigDecimal sum = siblings.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            out.add(IndicatorFinding.error(
                    code,
                    "evaluation.weight.sum",
                    name,
                    sum.stripTrailingZeros().toPlainString()));
        }
    }

    private static void source(Indicator item, Map<String, Questionnaire> questionnaires, List<IndicatorFinding> out) {
        if (item.source() == null) {
            out.add(IndicatorFinding.error(item.code(), "evaluation.source.missing", item.name()));
            return;
        }
        if (!(item.source() instanceof Answers answers)) {
            return;
        }
        if (answers.questions().isEmpty()) {
            out.add(IndicatorFinding.error(item.code(), "evaluation.link.none", item.name()));
        }
        for (QuestionRef link : answers.questions()) {
            Questionnaire questionnaire = questionnaires.get(link.questionnaire());
            Optional<Question> question =
                    questionnaire == null ? Optional.empty() : questionnaire.question(link.question());
            if (questionnaire == null) {
                out.add(IndicatorFinding.error(
                        item.code(), "evaluation.link.noQuestionnaire", item.name(), link.questionnaire()));
            } else if (question.isEmpty()) {
                out.add(IndicatorFinding.error(
                        item.code(), "evaluation.link.noQuestion", item.name(), link.toString()));
            } else if (!question.get().scores()) {
                out.add(IndicatorFinding.error(item.code(), "evaluation.link.freeText", item.name(), link.toString()));
            }
        }
    }
}
