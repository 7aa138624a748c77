package com.streetgov.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of an indicator system: a category or level (with children) or an item (a leaf, with a
 * source). {@code weight} is its share of its parent in percent; the weights of siblings add up to 100.
 * {@code confirmed} is false for a node the sources do not name (shown as 待确认 until a district
 * confirms it). {@code subject} says who the node assesses.
 */
public record Indicator(
        String code,
        String name,
        BigDecimal weight,
        Subject subject,
        IndicatorSource source,
        boolean confirmed,
        List<Indicator> children) {

    /** Who an indicator assesses. */
    public enum Subject {
        STREET,
        UNIT,
        DISTRICT
    }

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        subject = subject == null ? Subject.STREET : subject;
        children = List.copyOf(children);
    }

    /** An item fed by {@code source}. */
    public static Indicator item(String code, String name, String weight, IndicatorSource source, boolean confirmed) {
        return new Indicator(code, name, new BigDecimal(weight), Subject.STREET, source, confirmed, List.of());
    }

    /** A category or level over {@code children}. */
    public static Indicator group(
            String code, String name, String weight, boolean confirmed, List<Indicator> children) {
        return new Indicator(code, name, new BigDecimal(weight), Subject.STREET, null, confirmed, children);
    }

    public boolean isItem() {
        return children.isEmpty();
    }

    /** The items below (or this one, if it is an item), depth first. */
    public List<Indicator> items() {
        List<Indicator> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    /** The number of levels from this node down to its deepest item (an item: 1). */
    public int depth() {
        return 1 + children.stream().mapToInt(Indicator::depth).max().orElse(0);
    }

    private static void collect(Indicator node, List<Indicator> out) {
        if (node.isItem()) {
            out.add(node);
        } else {
            node.children.forEach(c -> collect(c, out));
        }
    }
}
