package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A league table by a share (highest first), ties broken by volume (more first), then by key so the
 * order is stable; those below the minimum volume, or without a share, are listed after them without a
 * rank. Equal share and volume share a rank. The sibling of {@link Ranking} for figures that are not
 * the 三率 (a department's on-time share, a street's resolved share of its whistles).
 */
public final class ShareRanking {

    /** Shares carry 10 decimal places, half-up, like {@link Rates}. */
    public static final int SCALE = 10;

    /** An item and its rank, or null when it is shown but not ranked. */
    public record Ranked<T>(T item, Integer rank) {}

    private ShareRanking() {}

    /** {@code part / whole} to {@link #SCALE} places, or null when {@code whole} is 0. */
    public static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), new MathContext(30))
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static <T> List<Ranked<T>> rank(
            List<T> items,
            Function<T, String> key,
            Function<T, BigDecimal> share,
            ToLongFunction<T> volume,
            long minimum) {
        Comparator<T> order = Comparator.comparing(share, Comparator.reverseOrder())
                .thenComparing(volume::applyAsLong, Comparator.reverseOrder())
                .thenComparing(key);
        List<T> ranked = items.stream()
                .filter(i -> share.apply(i) != null && volume.applyAsLong(i) >= minimum)
                .sorted(order)
                .toList();
        List<Ranked<T>> rows = new ArrayList<>();
        int rank = 0;
        T previous = null;
        for (int i = 0; i < ranked.size(); i++) {
            T item = ranked.get(i);
            boolean tied = previous != null
                    && share.apply(previous).compareTo(share.apply(item)) == 0
                    && volume.applyAsLong(previous) == volume.applyAsLong(item);
            if (!tied) {
                rank = i + 1;
            }
            rows.add(new Ranked<>(item, rank));
            previous = item;
        }
        items.stream()
                .filter(i -> !ranked.contains(i))
                .sorted(Comparator.comparing(key))
                .forEach(i -> rows.add(new Ranked<>(i, null)));
        return rows;
    }
}
