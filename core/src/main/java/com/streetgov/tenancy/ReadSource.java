package com.streetgov.tenancy;

/**
 * Where a district's dashboards and exports read from just now (DD040), for the screens to say so: the
 * primary (no standby configured), or the shard's standby with its replay lag, or the primary because
 * the standby is too far behind, unreachable or no longer a standby.
 *
 * @param kind which of these
 * @param lagMillis how far the standby's data is behind the primary at most (0: it had replayed all
 *     the primary had written when asked); null when not known (no standby, unreachable, or not one
 *     transaction replayed yet)
 * @param maxLagMillis the lag above which reads go to the primary
 */
public record ReadSource(Kind kind, Long lagMillis, long maxLagMillis) {

    public enum Kind {
        /** No standby configured for the district's shard. */
        PRIMARY,
        /** Read from the standby. */
        STANDBY,
        /** The standby is further behind than the limit, so the primary is read. */
        STANDBY_LAGGING,
        /** The standby did not answer, so the primary is read. */
        STANDBY_UNREACHABLE,
        /** The configured standby is not in recovery (promoted or misconfigured), so the primary is read. */
        STANDBY_PROMOTED
    }

    public static ReadSource primary() {
        return new ReadSource(Kind.PRIMARY, null, 0);
    }

    /** Whether reads go to the standby. */
    public boolean standby() {
        return kind == Kind.STANDBY;
    }

    /**
     * The decision from one look at both servers: {@code inRecovery} whether the standby still
     * follows a primary, {@code caughtUp} whether it had replayed at least the primary's current WAL
     * position, {@code replayAgeMillis} the age of the last transaction it replayed (null if none).
     * Behind but with nothing replayed yet, the lag is unknown and the primary is read.
     */
    public static ReadSource decide(boolean inRecovery, boolean caughtUp, Long replayAgeMillis, long maxLagMillis) {
        if (!inRecovery) {
            return new ReadSource(Kind.STANDBY_PROMOTED, null, maxLagMillis);
        }
        Long lag = caughtUp ? Long.valueOf(0) : replayAgeMillis == null ? null : Math.max(0, replayAgeMillis);
        boolean near = lag != null && lag <= maxLagMillis;
        return new ReadSource(near ? Kind.STANDBY : Kind.STANDBY_LAGGING, lag, maxLagMillis);
    }
}
