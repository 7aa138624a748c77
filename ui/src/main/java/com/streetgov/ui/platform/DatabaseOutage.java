package com.streetgov.ui.platform;

import com.streetgov.tenancy.DistrictElsewhereException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells a database outage (PostgreSQL down, restarting, unreachable, or no pooled connection within
 * the pool's wait) from any other failure, by walking an exception's causes. An outage is a temporary
 * condition the caller may retry (503); anything else is a fault of the request or of the code.
 *
 * <p>A commit the database did not confirm is an outage too: Payara's connector turns any failure of a
 * local transaction's commit into an {@link XAException} (XAER_RMERR) that carries only the original's
 * text, wrapped in a {@code SystemException} — the SQL state is lost on the way. On PostgreSQL with
 * local transactions and no deferred constraints, a commit fails only when the connection does; the
 * matter's outcome is then unknown to the application, and a retry with the same Idempotency-Key finds
 * out (the fault test saw this as a 500 once, when PostgreSQL was restarted during a commit).
 */
public final class DatabaseOutage {

    /** Payara's pool signals "no connection within max-wait" and failed connection creation by these. */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.ResourceException");

    private DatabaseOutage() {}

    /** True if {@code failure} or one of its causes says the database cannot be reached right now. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            if (isOutage(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        return t.getCause();
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof DistrictElsewhereException) {
            // the district is being moved between shards (DD039): a pause, retried like an outage
            return true;
        }
        if (t instanceof ConnectException
                || t instanceof SocketTimeoutException
                || t instanceof SocketException
                || t instanceof EOFException
                || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof XAException xa) {
            // the resource manager failed while the transaction began or ended (see the class comment)
            return xa.errorCode == XAException.XAER_RMERR || xa.errorCode == XAException.XAER_RMFAIL;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception (refused, closed, lost); 57P01-57P03: the server is shutting
            // down, crashed, or not yet accepting connections.
            return state.startsWith("08") || state.startsWith("57P");
        }
        return POOL_FAILURES.contains(t.getClass().getName());
    }
}
