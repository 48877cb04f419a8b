package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database is out of reach" (answered 503, try again in a moment) and which are faults in
 * the request or the code (still the 500 page, with an incident id): the chains below are the ones Payara, EclipseLink
 * and Connector/J produce.
 */
class OutagesTest {

    @Test
    void aLostOrRefusedConnectionDeepInTheChainIsAnOutage() {
        assertTrue(Outages.databaseUnreachable(new jakarta.persistence.PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException("internal", new SQLRecoverableException("Communications link failure")))));
        assertTrue(Outages.databaseUnreachable(new IllegalStateException(new SQLTransientConnectionException("pool"))));
        assertTrue(Outages.databaseUnreachable(new SQLNonTransientConnectionException("Socket fail to connect")));
        assertTrue(Outages.databaseUnreachable(new RuntimeException(new SQLException("refused", "08S01"))),
                "SQL state class 08 is a connection exception");
        assertTrue(Outages.databaseUnreachable(new RuntimeException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))), "Payara's pool");
        assertTrue(Outages.databaseUnreachable(new RuntimeException(new PoolingException("pool is empty"))));
    }

    @Test
    void thePoolTrippingOverItsOwnTimerWhileItDropsLostConnectionsIsAnOutage() {
        // As Payara threw it in CI run 23 during the database restart: two requests failing the pool's connections at
        // once, the second rescheduling the pool's resize task.
        IllegalStateException tripped = new IllegalStateException("Task already scheduled or cancelled");
        tripped.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Timer", "sched", "Timer.java", 409),
            new StackTraceElement("com.sun.enterprise.connectors.util.ConnectorTimerProxy", "scheduleAtFixedRate",
                    "ConnectorTimerProxy.java", 113),
            new StackTraceElement("com.sun.enterprise.resource.pool.ConnectionPool", "scheduleResizerTask",
                    "ConnectionPool.java", 271),
            new StackTraceElement("org.nstac.portal.member.application.Members", "findByLogin", "Members.java", 32)});
        assertTrue(Outages.databaseUnreachable(tripped));
        assertTrue(Outages.databaseUnreachable(new jakarta.persistence.PersistenceException(tripped)));

        IllegalStateException ours = new IllegalStateException("Task already scheduled or cancelled");
        ours.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.nstac.portal.member.application.Members", "findByLogin", "Members.java", 32)});
        assertFalse(Outages.databaseUnreachable(ours), "the same words from anywhere else are a bug, not an outage");
    }

    @Test
    void otherFailuresAreNotOutages() {
        assertFalse(Outages.databaseUnreachable(new IllegalStateException("a bug")));
        assertFalse(Outages.databaseUnreachable(new RuntimeException(new SQLException("Duplicate entry", "23000"))),
                "a constraint is the request's fault");
        assertFalse(Outages.databaseUnreachable(new RuntimeException(new SQLException("Deadlock", "40001"))));
        assertFalse(Outages.databaseUnreachable(new RuntimeException(new ConnectException("Keycloak refused"))),
                "another server out of reach is not the database");
        assertFalse(Outages.databaseUnreachable(null));
    }

    @Test
    void aTransactionRolledBackByADeadlockIsAConflictNotAnOutage() {
        RuntimeException deadlock = new RuntimeException(new java.sql.SQLTransactionRollbackException(
                "Deadlock found when trying to get lock", "40001", 1213));
        assertTrue(Outages.transientConflict(deadlock));
        assertFalse(Outages.databaseUnreachable(deadlock));
        assertTrue(Outages.transientConflict(new RuntimeException(new SQLException("Lock wait timeout", "HY000",
                1205))));
        assertFalse(Outages.transientConflict(new RuntimeException(new SQLException("Duplicate entry", "23000",
                1062))), "a broken rule is not a conflict that sending again would resolve");
    }

    @Test
    void aCauseChainThatLoopsIsReadOnce() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Outages.databaseUnreachable(a));
    }

    /** Stands for Payara's connector pool failure, which the portal knows only by its class name. */
    static final class PoolingException extends Exception {
        private static final long serialVersionUID = 1L;

        PoolingException(String message) {
            super(message);
        }
    }
}
