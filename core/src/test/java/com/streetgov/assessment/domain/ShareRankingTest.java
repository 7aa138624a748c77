package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareRankingTest {

    record Item(String key, BigDecimal share, long volume) {}

    @Test
    void by_share_then_volume_then_key_equal_ones_share_a_rank_and_the_small_or_empty_come_last() {
        List<Item> items = List.of(
                new Item("e", null, 0),
                new Item("d", new BigDecimal("1.0"), 2),
                new Item("c", new BigDecimal("0.5"), 10),
                new Item("b", new BigDecimal("0.50"), 10),
                new Item("a", new BigDecimal("0.5"), 20),
                new Item("f", new BigDecimal("0.9"), 5));
        var ranked = ShareRanking.rank(items, Item::key, Item::share, Item::volume, 3);
        assertEquals(
                List.of("f", "a", "b", "c", "d", "e"),
                ranked.stream().map(r -> r.item().key()).toList());
        assertEquals(
                Arrays.asList(1, 2, 3, 3, null, null),
                ranked.stream().map(ShareRanking.Ranked::rank).toList());
    }

    @Test
    void a_share_of_nothing_is_none() {
        assertNull(ShareRanking.share(0, 0));
        assertEquals(new BigDecimal("0.6666666667"), ShareRanking.share(2, 3));
    }
}
