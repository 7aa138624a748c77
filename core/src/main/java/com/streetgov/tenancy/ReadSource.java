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
     * position, {@code behindAtMostMillis} when it had not, the smallest bound known on how old its
     * data is (the age of the last transaction it replayed, the last time the primary was seen at a
     * position it has replayed; null if neither is known). Behind with no bound, the lag is unknown
     * and the primary is read.
     */
    public static ReadSource decide(boolean inRecovery, boolean caughtUp, Long behindAtMostMillis, long maxLagMillis) {
        if (!inRecovery) {
            return new ReadSource(Kind.STANDBY_PROMOTED, null, maxLagMillis);
        }
        Long lag = caughtUp ? Long.valueOf(0) : behindAtMostMillis == null ? null : Math.max(0, behindAtMostMillis);
        boolean near = lag != null && lag <= maxLagMillis;
        return new ReadSource(near ? Kind.STANDBY : Kind.STANDBY_LAGGING, lag, maxLagMillis);
    }

    /** The smaller of two bounds, either of which may be unknown (null). */
    static Long tighter(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }
}
