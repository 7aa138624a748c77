package com.streetgov.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** League tables: composite first, then volume; equal both share a rank; too few valid visits → unranked. */
class RankingTest {

    static final AssessmentRules RULES = AssessmentRules.defaults(LocalDate.of(2020, 1, 1)); // min 30 valid

    /** {@code valid} visits, all contacted, {@code resolved} of them resolved and satisfied. */
    static Ranking.Entry entry(String key, int valid, int resolved) {
        return new Ranking.Entry(
                key, key + "街道", new VisitCounts(valid, 0, valid, resolved, resolved, 0, 0).rates(RULES));
    }

    static List<String> order(List<Ranking.Row> rows) {
        return rows.stream().map(r -> r.key() + ":" + r.rank()).toList();
    }

    @Test
    void the_higher_composite_ranks_first() {
        List<Ranking.Row> rows = Ranking.rank(List.of(entry("a", 40, 30), entry("b", 40, 36)));
        assertEquals(List.of("b:1", "a:2"), order(rows));
        assertEquals("b街道", rows.get(0).name());
    }

    @Test
    void a_tie_on_composite_goes_to_the_larger_volume() {
        // a: 40/40, b: 50/50 — both 100 %, b handled more
        assertEquals(List.of("b:1", "a:2"), order(Ranking.rank(List.of(entry("a", 40, 40), entry("b", 50, 50)))));
    }

    @Test
    void equal_composite_and_volume_share_a_rank_and_the_next_skips() {
        List<Ranking.Row> rows =
                Ranking.rank(List.of(entry("c", 40, 20), entry("b", 40, 36), entry("a", 40, 36), entry("d", 60, 60)));
        assertEquals(List.of("d:1", "a:2", "b:2", "c:4"), order(rows));
    }

    @Test
    void below_the_minimum_sample_a_street_is_listed_after_the_ranked_without_a_rank() {
        List<Ranking.Row> rows = Ranking.rank(List.of(entry("z", 29, 29), entry("a", 30, 10), entry("b", 31, 20)));
        assertEquals(List.of("b:1", "a:2", "z:null"), order(rows));
        assertEquals(0, BigDecimal.ONE.compareTo(rows.get(2).rates().composite()), "its rates are still shown");
    }

    @Test
    void nothing_to_rank_gives_nothing_and_all_unranked_keep_their_key_order() {
        assertEquals(List.of(), Ranking.rank(List.of()));
        assertEquals(
                Arrays.asList("a:null", "b:null"), order(Ranking.rank(List.of(entry("b", 3, 3), entry("a", 0, 0)))));
    }
}
