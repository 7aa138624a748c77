package com.streetgov.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scores of one subject (a street, a unit or the district) under an indicator system: each item's
 * value, and for every group the weighted mean of its children, {@code Σ weight × score / Σ weight}
 * over the children that have a score — which, when all have one, is {@code Σ weight × score / 100}.
 * A group missing some children's values (none, or one without a score, {@link ItemValue#absent}) is
 * marked incomplete rather than scored as if they were 0;
 * the total is the categories' weighted mean the same way. Computed exactly (decimal, 16 digits);
 * rounding is for display only.
 */
public record Scorecard(List<NodeScore> categories, BigDecimal total, boolean complete) {

    private static final MathContext EXACT = MathContext.DECIMAL64;

    /** A node's score, or none when no item below it has a value. */
    public record NodeScore(
            Indicator indicator, BigDecimal score, boolean complete, ItemValue value, List<NodeScore> children) {

        public Optional<BigDecimal> scored() {
            return Optional.ofNullable(score);
        }
    }

    public Scorecard {
        categories = List.copyOf(categories);
    }

    /** Scores {@code system} with the item values by code (items without one stay unscored). */
    public static Scorecard of(IndicatorSystem system, Map<String, ItemValue> values) {
        List<NodeScore> scored = new ArrayList<>();
        for (Indicator category : system.categories()) {
            scored.add(score(category, values));
        }
        BigDecimal total = weightedMean(scored);
        boolean complete = scored.stream().allMatch(NodeScore::complete);
        return new Scorecard(scored, total, complete);
    }

    /** The node with {@code code}, at any level. */
    public Optional<NodeScore> find(String code) {
        List<NodeScore> open = new ArrayList<>(categories);
        while (!open.isEmpty()) {
            NodeScore next = open.remove(open.size() - 1);
            if (next.indicator().code().equals(code)) {
                return Optional.of(next);
            }
            open.addAll(next.children());
        }
        return Optional.empty();
    }

    private static NodeScore score(Indicator node, Map<String, ItemValue> values) {
        if (node.isItem()) {
            ItemValue value = values.get(node.code());
            BigDecimal score = value == null ? null : value.score();
            return new NodeScore(node, score, score != null, value, List.of());
        }
        List<NodeScore> children = new ArrayList<>();
        for (Indicator child : node.children()) {
            children.add(score(child, values));
        }
        boolean complete = children.stream().allMatch(NodeScore::complete);
        return new NodeScore(node, weightedMean(children), complete, null, children);
    }

    private static BigDecimal weightedMean(List<NodeScore> nodes) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (NodeScore n : nodes) {
            if (n.score() != null) {
                weighted = weighted.add(n.indicator().weight().multiply(n.score(), EXACT), EXACT);
                weights = weights.add(n.indicator().weight(), EXACT);
            }
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, EXACT);
    }
}
