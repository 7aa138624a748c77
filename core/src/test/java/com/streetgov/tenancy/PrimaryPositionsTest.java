package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PrimaryPositionsTest {

    @Test
    void aStandbyIsAsOldAsTheLatestSightingOfThePrimaryAtAPositionItHasReplayed() {
        PrimaryPositions seen = new PrimaryPositions();
        seen.saw(1_000, 100);
        seen.saw(2_000, 100); // idle: same position
        seen.saw(3_000, 250); // a write
        seen.saw(4_000, 300);
        assertEquals(2_500L, seen.behindAtMost(4_500, 100)); // has all the primary had at 2,000
        assertEquals(1_500L, seen.behindAtMost(4_500, 299)); // 250 replayed, 300 not: as of 3,000
        assertEquals(500L, seen.behindAtMost(4_500, 300));
    }

    @Test
    void withoutASightingAtOrBelowThePositionNothingIsKnown() {
        PrimaryPositions seen = new PrimaryPositions();
        assertNull(seen.behindAtMost(1_000, 50));
        seen.saw(1_000, 100);
        assertNull(seen.behindAtMost(1_500, 99));
    }

    @Test
    void sightingsOlderThanTenMinutesAreForgotten() {
        PrimaryPositions seen = new PrimaryPositions();
        seen.saw(0, 100);
        seen.saw(PrimaryPositions.KEEP_MILLIS + 1, 200);
        assertNull(seen.behindAtMost(PrimaryPositions.KEEP_MILLIS + 2, 150));
    }
}
