package com.streetgov.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells PostgreSQL which district a connection works for, so that row-level security (the policies
 * on every table with {@code district_id}, see {@code db/migration/afterMigrate__row_level_security.sql})
 * is a second line behind EclipseLink's multitenant filter.
 *
 * <p>Registered on the persistence unit ({@code eclipselink.session-event-listener}); with
 * {@code eclipselink.jdbc.exclusive-connection.mode=Always} every query of an EntityManager, reads and
 * writes, runs on the connection its client session acquired, and EclipseLink raises these events each
 * time that connection is taken from or given back to the pool.
 *
 * <p>Invariants: a connection acquired for a district's EntityManager carries exactly that district in
 * {@code app.district}; inside a transaction (JTA or local; auto-commit off) the setting is
 * transaction-local, so it ends with the transaction whatever happens; outside a transaction it is
 * set for the session and reset to empty before the connection goes back to the pool. A connection
 * acquired by an EntityManager without a district is reset outside a transaction and left alone
 * inside one (where it may be shared with a district's EntityManager of the same transaction). An
 * empty or missing setting matches no row. A district's transaction holds the district's shared
 * advisory lock and runs only in the database that holds the district's rows (DD039).
 */
public class DistrictConnections extends SessionEventAdapter {

    /** The PostgreSQL setting the row-level security policies compare {@code district_id} with. */
    public static final String SETTING = "app.district";

    /**
     * Also asks PostgreSQL to plan each execution of a prepared statement for the tables as they are
     * (DD027). With the default {@code plan_cache_mode=auto} a pooled connection keeps a generic plan
     * made when it first ran the statement — on a fresh database, when {@code matter} was empty and
     * every index cost the same — and nothing re-plans it while the district grows (no DDL, no
     * ANALYZE): the idempotency lookup and the foreign-key checks of the matter's events then scanned
     * all of the district's matters through {@code matter_received}. Same round trip as the district.
     */
    private static final String SET = "select set_config('" + SETTING + "', ?, ?),"
            + " set_config('plan_cache_mode', 'force_custom_plan', false)";

    /**
     * The same for a district's connection, and entering the district (DD039, {@code streetgov_enter}
     * of V25): inside a transaction the district's shared advisory lock, which a move holds exclusively
     * while it copies; then whether this database still holds the district's rows (false once it was
     * moved away; null for a district this database has never heard of, whose rows are simply none).
     */
    private static final String ENTER = SET + ", streetgov_enter(?, ?), current_database()";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        Object district = event.getSession().getProperty(TenantEntityManagers.TENANT_PROPERTY);
        Connection connection = connection(event);
        try {
            boolean inTransaction = !connection.getAutoCommit();
            if (district != null) {
                enter(connection, DistrictId.of(district.toString()), inTransaction);
            } else if (!inTransaction) {
                set(connection, "", false);
            }
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e);
        }
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        Connection connection = connection(event);
        try {
            if (connection.getAutoCommit()) {
                set(connection, "", false);
            }
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e);
        }
    }

    private static Connection connection(SessionEvent event) {
        return (Connection) ((Accessor) event.getResult()).getDatasourceConnection();
    }

    private static void enter(Connection connection, DistrictId district, boolean inTransaction) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ENTER)) {
            statement.setString(1, district.value());
            statement.setBoolean(2, inTransaction);
            statement.setString(3, district.value());
            statement.setBoolean(4, inTransaction);
            try (ResultSet here = statement.executeQuery()) {
                if (here.next() && Boolean.FALSE.equals(here.getObject(3))) {
                    throw new DistrictElsewhereException(
                            district.value(), "has moved from database " + here.getString(4) + " to another shard");
                }
            }
        }
    }

    private static void set(Connection connection, String district, boolean transactionLocal) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET)) {
            statement.setString(1, district);
            statement.setBoolean(2, transactionLocal);
            statement.execute();
        }
    }
}
