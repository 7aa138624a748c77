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
 * question; a code used twice; a code, name or text longer than a version keeps (codes {@value #CODE},
 * names {@value #NAME}, question texts {@value #TEXT} characters); a questionnaire or a question of one
 * given twice. Warnings: nodes still 待确认. Each finding names the node's (or questionnaire's) code.
 */
public final class IndicatorValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The longest code of a node, questionnaire or question. */
    public static final int CODE = 32;
    /** The longest name of a node or title of a questionnaire. */
    public static final int NAME = 200;
    /** The longest text of a question. */
    public static final int TEXT = 500;

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
        questionnaires(questionnaires, out);
        return out;
    }

    private static void questionnaires(List<Questionnaire> questionnaires, List<IndicatorFinding> out) {
        Set<String> codes = new HashSet<>();
        for (Questionnaire q : questionnaires) {
            if (!codes.add(q.code())) {
                out.add(IndicatorFinding.error(q.code(), "evaluation.questionnaire.duplicate", q.code()));
            }
            if (q.code().length() > CODE || (q.title() != null && q.title().length() > NAME)) {
                out.add(IndicatorFinding.error(q.code(), "evaluation.questionnaire.tooLong", q.code(), CODE, NAME));
            }
            Set<String> questions = new HashSet<>();
            for (Question question : q.questions()) {
                String ref = q.code() + "/" + question.code();
                if (!questions.add(question.code())) {
                    out.add(IndicatorFinding.error(q.code(), "evaluation.question.duplicate", ref));
                }
                if (question.code().length() > CODE
                        || (question.text() != null && question.text().length() > TEXT)) {
                    out.add(IndicatorFinding.error(q.code(), "evaluation.question.tooLong", ref, CODE, TEXT));
                }
            }
        }
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
        if (node.code().length() > CODE || node.name().length() > NAME) {
            out.add(IndicatorFinding.error(node.code(), "evaluation.node.tooLong", node.code(), CODE, NAME));
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
