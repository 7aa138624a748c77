package com.streetgov.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A repeat is the same place, similar words, within the hour; anything else is a new matter. */
class NearDuplicateTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 20, 0);

    static Matter.Submission said(String text, String address) {
        return new Matter.Submission(text, text, address, "nanhu", null, null, null, null, null);
    }

    static NearDuplicate.Recent earlier(String number, String text, String address, int minutesAgo) {
        return new NearDuplicate.Recent(number, text, text, address, NOW.minusMinutes(minutesAgo));
    }

    @Test
    void similar_words_at_the_same_place_within_the_hour_repeat_the_earliest() {
        List<NearDuplicate.Recent> recent =
                List.of(earlier("A", "小区门口的路灯坏了好几天，晚上很黑", "南湖路1号", 50), earlier("B", "小区门口路灯坏了好几天了，晚上很黑", "南湖路1号", 10));
        assertEquals(
                "A",
                NearDuplicate.of(said("小区门口的路灯坏了好几天了，晚上黑", "南湖路 1 号"), "nanhu", NOW, recent)
                        .orElseThrow()
                        .number());
    }

    @Test
    void another_place_other_words_or_over_an_hour_ago_is_a_new_matter() {
        Matter.Submission lamp = said("小区门口的路灯坏了好几天，晚上很黑", "南湖路1号");
        assertTrue(NearDuplicate.of(lamp, "nanhu", NOW, List.of(earlier("A", lamp.description(), "南湖路9号", 5)))
                .isEmpty());
        assertTrue(NearDuplicate.of(lamp, "nanhu", NOW, List.of(earlier("A", "楼下烧烤店油烟太大，呛得开不了窗", null, 5)))
                .isEmpty());
        assertTrue(NearDuplicate.of(lamp, "nanhu", NOW, List.of(earlier("A", lamp.description(), null, 61)))
                .isEmpty());
        assertTrue(
                NearDuplicate.of(lamp, "nanhu", NOW, List.of(earlier("A", lamp.description(), null, 5)))
                        .isPresent(),
                "no address on one side: the words decide");
    }

    @Test
    void dice_over_bigrams() {
        assertEquals(1.0, NearDuplicate.dice(NearDuplicate.bigrams("路灯坏了"), NearDuplicate.bigrams("路灯坏了")));
        assertEquals(0.0, NearDuplicate.dice(NearDuplicate.bigrams("路灯"), NearDuplicate.bigrams("")));
        assertEquals(java.util.Set.of("路灯"), NearDuplicate.bigrams("路灯，坏"), "not across punctuation");
    }
}
