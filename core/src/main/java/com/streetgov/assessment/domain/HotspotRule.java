package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How hotspots are picked. <em>Most</em>: by matters in the period (more first, then key), categories
 * or places with none left out. <em>Rising</em>: rise = matters − the average of the previous periods;
 * only a positive rise counts; by rise (more first), then ratio (higher first; none last), then
 * matters, then key. The ratio rise / average is given only where the average is at least
 * {@code minimumBase}. Equal sort values share a rank; the lists are cut after {@code top} (ties at
 * the cut are cut too, so a list never exceeds {@code top}).
 */
public final class HotspotRule {

    /** Below this average of the previous periods no ratio is given. */
    public static final int MINIMUM_BASE = 5;

    /** The periods a rise is measured against. */
    public static final int COMPARED_PERIODS = 3;

    private static final int SCALE = 10;

    private HotspotRule() {}

    /** The average of {@code previous}, exact to 10 places (0 with no periods). */
    public static BigDecimal average(List<Long> previous) {
        if (previous.isEmpty()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        long sum = previous.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(previous.size()), new MathContext(30))
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal rise(long current, List<Long> previous) {
        return BigDecimal.valueOf(current).subtract(average(previous));
    }

    /** rise / average, or null when the average is below {@code minimumBase} (or 0). */
    public static BigDecimal ratio(long current, List<Long> previous, int minimumBase) {
        BigDecimal average = average(previous);
        if (average.signum() == 0 || average.compareTo(BigDecimal.valueOf(minimumBase)) < 0) {
            return null;
        }
        return rise(current, previous).divide(average, new MathContext(30)).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static List<Hotspot> most(HotspotKind kind, List<HotspotCounts> counts, int top) {
        List<HotspotCounts> sorted = counts.stream()
                .filter(c -> c.current() > 0)
                .sorted(Comparator.comparingLong(HotspotCounts::current)
                        .reversed()
                        .thenComparing(HotspotCounts::key))
                .toList();
        return ranked(kind, sorted, top, c -> List.of(c.current()));
    }

    public static List<Hotspot> rising(HotspotKind kind, List<HotspotCounts> counts, int top) {
        Comparator<BigDecimal> ratioOrder = Comparator.nullsLast(Comparator.reverseOrder());
        List<HotspotCounts> sorted = counts.stream()
                .filter(c -> rise(c.current(), c.previous()).signum() > 0)
                .sorted(Comparator.comparing(
                                (HotspotCounts c) -> rise(c.current(), c.previous()), Comparator.reverseOrder())
                        .thenComparing(c -> ratio(c.current(), c.previous(), MINIMUM_BASE), ratioOrder)
                        .thenComparing(HotspotCounts::current, Comparator.reverseOrder())
                        .thenComparing(HotspotCounts::key))
                .toList();
        return ranked(
                kind,
                sorted,
                top,
                c -> java.util.Arrays.asList(
                        rise(c.current(), c.previous()), ratio(c.current(), c.previous(), MINIMUM_BASE)));
    }

    private static List<Hotspot> ranked(
            HotspotKind kind, List<HotspotCounts> sorted, int top, Function<HotspotCounts, List<?>> sortValues) {
        List<Hotspot> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size() && i < top; i++) {
            HotspotCounts c = sorted.get(i);
            if (i == 0 || !same(sortValues.apply(sorted.get(i - 1)), sortValues.apply(c))) {
                rank = i + 1;
            }
            rows.add(new Hotspot(
                    kind,
                    c.key(),
                    c.name(),
                    c.current(),
                    c.previous(),
                    average(c.previous()),
                    rise(c.current(), c.previous()),
                    ratio(c.current(), c.previous(), MINIMUM_BASE),
                    rank));
        }
        return rows;
    }

    private static boolean same(List<?> a, List<?> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            boolean equal = x instanceof BigDecimal bx && y instanceof BigDecimal by
                    ? bx.compareTo(by) == 0
                    : Objects.equals(x, y);
            if (!equal) {
                return false;
            }
        }
        return true;
    }
}
