package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A league table: those with enough valid visits ranked by composite (highest first), ties broken by
 * volume (more valid visits first), then by key so the order is stable; the others listed after them
 * without a rank. Equal composite and volume share a rank.
 */
public final class Ranking {

    /** One row: what is ranked (a street code, a unit …), its name, its rates, its rank or null. */
    public record Row(String key, String name, Rates rates, Integer rank) {}

    private Ranking() {}

    public record Entry(String key, String name, Rates rates) {}

    public static List<Row> rank(List<Entry> entries) {
        Comparator<Entry> order = Comparator.comparing((Entry e) -> e.rates().composite(), Comparator.reverseOrder())
                .thenComparing(e -> e.rates().counts().valid(), Comparator.reverseOrder())
                .thenComparing(Entry::key);
        List<Entry> ranked =
                entries.stream().filter(e -> e.rates().ranked()).sorted(order).toList();
        List<Row> rows = new ArrayList<>();
        int rank = 0;
        Entry previous = null;
        for (int i = 0; i < ranked.size(); i++) {
            Entry e = ranked.get(i);
            if (previous == null || !tied(previous, e)) {
                rank = i + 1;
            }
            rows.add(new Row(e.key(), e.name(), e.rates(), rank));
            previous = e;
        }
        entries.stream()
                .filter(e -> !e.rates().ranked())
                .sorted(Comparator.comparing(Entry::key))
                .forEach(e -> rows.add(new Row(e.key(), e.name(), e.rates(), null)));
        return rows;
    }

    private static boolean tied(Entry a, Entry b) {
        BigDecimal ca = a.rates().composite();
        BigDecimal cb = b.rates().composite();
        return ca.compareTo(cb) == 0
                && a.rates().counts().valid() == b.rates().counts().valid();
    }
}
