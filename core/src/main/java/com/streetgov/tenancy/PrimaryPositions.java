package com.streetgov.tenancy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * When a shard's primary was seen at which WAL position (DD040): every look at a standby records the
 * primary's position first. A standby that has replayed position P holds everything the primary had
 * committed when it was seen at P or before, so the latest such sighting bounds how old the standby's
 * data is — also after a long idle spell, where the age of the last replayed transaction says nothing.
 * Keeps the sightings of the last ten minutes (at most one per look, looks at most one a second).
 */
final class PrimaryPositions {

    static final long KEEP_MILLIS = 600_000;

    private record Sighting(long atMillis, long position) {}

    private final Deque<Sighting> sightings = new ArrayDeque<>();

    /** The primary was at {@code position} at {@code atMillis}. */
    synchronized void saw(long atMillis, long position) {
        sightings.addLast(new Sighting(atMillis, position));
        while (!sightings.isEmpty() && sightings.peekFirst().atMillis() < atMillis - KEEP_MILLIS) {
            sightings.removeFirst();
        }
    }

    /**
     * How old, at {@code nowMillis}, the data of a standby that has replayed {@code replayed} is at
     * most by these sightings: since the latest sighting at or before that position; null if none is
     * kept.
     */
    synchronized Long behindAtMost(long nowMillis, long replayed) {
        for (Iterator<Sighting> newestFirst = sightings.descendingIterator(); newestFirst.hasNext(); ) {
            Sighting s = newestFirst.next();
            if (s.position() <= replayed) {
                return Math.max(0, nowMillis - s.atMillis());
            }
        }
        return null;
    }
}
