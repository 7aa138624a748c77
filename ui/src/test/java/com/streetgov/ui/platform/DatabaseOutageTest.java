package com.streetgov.ui.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connection_states_and_server_shutdown_are_outages() {
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException("closed", "08003"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("refused"))));
    }

    @Test
    void an_outage_behind_a_stateless_sql_exception_is_found_through_next_exception() {
        SQLException pool = new SQLException("Error in allocating a connection");
        pool.setNextException(new SQLException("refused", "08001"));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(pool)));
    }

    /** What Payara's connector throws when a local transaction's commit fails (the fault test's one 500). */
    @Test
    void a_commit_the_resource_manager_failed_is_an_outage() {
        XAException lost = new XAException(
                "jakarta.resource.spi.LocalTransactionException: An I/O error occurred while sending to the backend.");
        lost.errorCode = XAException.XAER_RMERR;
        SystemException commit = new SystemException();
        commit.initCause(lost);
        assertTrue(DatabaseOutage.causedBy(new TransactionalException("commit failed", commit)));
        XAException unreachable = new XAException(XAException.XAER_RMFAIL);
        assertTrue(DatabaseOutage.causedBy(unreachable));
        assertFalse(DatabaseOutage.causedBy(new XAException(XAException.XAER_PROTO)), "a protocol error is a bug");
    }

    @Test
    void constraint_violations_and_bugs_are_not_outages() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("syntax", "42601")));
        assertFalse(DatabaseOutage.causedBy(new IllegalArgumentException("bug")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
    }

    @Test
    void a_cause_cycle_ends() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causedBy(a));
    }
}
