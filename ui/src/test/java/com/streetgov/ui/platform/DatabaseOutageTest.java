package com.streetgov.ui.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
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
