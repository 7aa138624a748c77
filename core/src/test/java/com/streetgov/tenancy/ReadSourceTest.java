package com.streetgov.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadSourceTest {

    @Test
    void aStandbyThatHasReplayedThePrimarysPositionIsNotBehindHoweverOldItsLastTransaction() {
        ReadSource source = ReadSource.decide(true, true, 3_600_000L, 30_000);
        assertTrue(source.standby());
        assertEquals(0L, source.lagMillis());
    }

    @Test
    void behindItIsAsOldAsTheTightestBoundAndReadUpToTheLimit() {
        ReadSource near = ReadSource.decide(true, false, 30_000L, 30_000);
        assertEquals(ReadSource.Kind.STANDBY, near.kind());
        assertEquals(30_000L, near.lagMillis());
        ReadSource far = ReadSource.decide(true, false, 30_001L, 30_000);
        assertEquals(ReadSource.Kind.STANDBY_LAGGING, far.kind());
        assertFalse(far.standby());
        assertEquals(30_001L, far.lagMillis());
    }

    @Test
    void behindWithNothingReplayedYetTheLagIsUnknownAndThePrimaryIsRead() {
        ReadSource source = ReadSource.decide(true, false, null, 30_000);
        assertEquals(ReadSource.Kind.STANDBY_LAGGING, source.kind());
        assertNull(source.lagMillis());
    }

    @Test
    void aServerNoLongerInRecoveryIsNeverReadAsAStandby() {
        ReadSource source = ReadSource.decide(false, true, 0L, 30_000);
        assertEquals(ReadSource.Kind.STANDBY_PROMOTED, source.kind());
        assertFalse(source.standby());
    }

    @Test
    void theTighterOfTwoBoundsCountsAndAnUnknownOneNot() {
        assertEquals(1_200L, ReadSource.tighter(73_000L, 1_200L));
        assertEquals(73_000L, ReadSource.tighter(73_000L, null));
        assertNull(ReadSource.tighter(null, null));
    }

    @Test
    void aClockAheadOnTheStandbyGivesNoNegativeLag() {
        assertEquals(0L, ReadSource.decide(true, false, -250L, 30_000).lagMillis());
    }
}
