package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rise against the last three periods, the minimum base of the ratio, the two top lists. */
class HotspotRuleTest {

    static HotspotCounts c(String key, long current, long... previous) {
        return new HotspotCounts(
                key,
                key + "名",
                current,
                java.util.Arrays.stream(previous).boxed().toList());
    }

    @Test
    void rise_is_this_period_minus_the_average_of_the_previous_three() {
        assertEquals(0, new BigDecimal("8").compareTo(HotspotRule.rise(20, List.of(10L, 12L, 14L))));
        assertEquals(0, new BigDecimal("0.6666666667").compareTo(HotspotRule.ratio(20, List.of(10L, 12L, 14L), 5)));
        assertEquals(
                0,
                new BigDecimal("-1.3333333333")
                        .compareTo(HotspotRule.rise(3, List.of(4L, 4L, 5L)).setScale(10)));
    }

    @Test
    void no_ratio_on_a_tiny_base() {
        assertNull(HotspotRule.ratio(30, List.of(4L, 5L, 5L), 5), "average 4.67 < 5");
        assertEquals(0, new BigDecimal("5").compareTo(HotspotRule.ratio(30, List.of(5L, 5L, 5L), 5)));
        assertNull(HotspotRule.ratio(3, List.of(0L, 0L, 0L), 5));
    }

    @Test
    void most_lists_the_top_by_matters_with_shared_ranks_and_leaves_out_empty_ones() {
        List<Hotspot> most = HotspotRule.most(
                HotspotKind.CATEGORY, List.of(c("a", 5), c("b", 9), c("c", 9), c("d", 1), c("e", 0)), 3);
        assertEquals(List.of("b", "c", "a"), most.stream().map(Hotspot::key).toList());
        assertEquals(List.of(1, 1, 3), most.stream().map(Hotspot::rank).toList());
        assertEquals("b名", most.get(0).name());
        assertEquals(
                0,
                HotspotRule.most(HotspotKind.GRID, List.of(c("e", 0, 3, 3, 3)), 3)
                        .size());
    }

    @Test
    void rising_orders_by_rise_then_ratio_and_leaves_out_falls() {
        List<Hotspot> rising = HotspotRule.rising(
                HotspotKind.COMMUNITY,
                List.of(
                        c("big", 110, 100, 100, 100), // +10, ratio 0.1
                        c("new", 10, 0, 0, 0), // +10, no ratio (tiny base)
                        c("mid", 30, 20, 20, 20), // +10, ratio 0.5
                        c("more", 60, 30, 30, 30), // +30
                        c("down", 5, 9, 9, 9), // falls
                        c("flat", 7, 7, 7, 7)), // no rise
                10);
        assertEquals(
                List.of("more", "mid", "big", "new"),
                rising.stream().map(Hotspot::key).toList());
        assertEquals(List.of(1, 2, 3, 4), rising.stream().map(Hotspot::rank).toList());
        Hotspot mid = rising.get(1);
        assertEquals(0, new BigDecimal("20").compareTo(mid.previousAverage()));
        assertEquals(0, new BigDecimal("0.5").compareTo(mid.ratio()));
        assertEquals(List.of(20L, 20L, 20L), mid.previous());
        assertNull(rising.get(3).ratio());
        assertEquals(
                2,
                HotspotRule.rising(
                                HotspotKind.COMMUNITY,
                                List.of(c("a", 9, 1, 1, 1), c("b", 8, 1, 1, 1), c("c", 7, 1, 1, 1)),
                                2)
                        .size());
    }
}
