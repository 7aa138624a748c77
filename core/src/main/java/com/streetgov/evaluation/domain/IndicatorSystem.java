package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A district's indicator system in one version: its top-level categories (weights adding up to 100)
 * and everything below, effective from a date. Aggregate root of the evaluation's configuration: an
 * assessment round scores with the version in force on the round's last day. Whether it is valid is
 * {@link IndicatorValidator}'s to say; this record only holds it.
 */
public record IndicatorSystem(String version, String name, LocalDate effectiveFrom, List<Indicator> categories) {

    public IndicatorSystem {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        categories = List.copyOf(categories);
    }

    /** Every item, depth first. */
    public List<Indicator> items() {
        List<Indicator> out = new ArrayList<>();
        categories.forEach(c -> out.addAll(c.items()));
        return out;
    }

    /** The number of levels, categories included (Xicheng's: 4). */
    public int levels() {
        return categories.stream().mapToInt(Indicator::depth).max().orElse(0);
    }

    /** The node with {@code code}, at any level. */
    public Optional<Indicator> find(String code) {
        List<Indicator> open = new ArrayList<>(categories);
        while (!open.isEmpty()) {
            Indicator next = open.remove(open.size() - 1);
            if (next.code().equals(code)) {
                return Optional.of(next);
            }
            open.addAll(next.children());
        }
        return Optional.empty();
    }
}
