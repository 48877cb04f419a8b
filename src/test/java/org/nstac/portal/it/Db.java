package org.nstac.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The test stack's database as the tests read it: straight through JDBC, never through the application. */
public final class Db {

    private Db() {
    }

    /** A connection as the portal's user. */
    public static Connection connect() throws Exception {
        var stack = PortalStack.stack();
        return DriverManager.getConnection(stack.database().jdbcUrl(), "portal", stack.database().password());
    }

    /**
     * A connection as the schema's owner: what an attacker with full access to the database would have (and what
     * tests use to tamper, to show that tampering is found).
     */
    public static Connection connectAsOwner() throws Exception {
        var stack = PortalStack.stack();
        return DriverManager.getConnection(stack.database().jdbcUrl()
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", "portal_owner",
                stack.database().ownerPassword());
    }

    /** What runs while the scheduled jobs are held. */
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Runs {@code step} while no node's scheduled jobs can run: the jobs' lease rows are locked ({@code SELECT ...
     * FOR UPDATE} on a connection of its own) until it ends, so a minute's tick waits for the lock and then runs as
     * usual. For a test that changes what the jobs read or write (an edited audit chain, a node's clock moved months
     * ahead): a tick in between would act on the edit for good. A job that took its lease just before gets a second
     * to finish its one short transaction. A job a test runs itself ({@code POST /api/test/jobs/...}) takes no lease.
     */
    public static void withScheduledJobsHeld(Step step) throws Exception {
        try (Connection jobs = connectAsOwner(); Statement hold = jobs.createStatement()) {
            jobs.setAutoCommit(false);
            hold.executeQuery("SELECT * FROM job_lease FOR UPDATE").close();
            Thread.sleep(1000);
            try {
                step.run();
            } finally {
                jobs.rollback();
            }
        }
    }

    /** The opaque reference of the member with this login. */
    public static String memberRef(String login) throws Exception {
        try (Connection db = connect(); var select = db.prepareStatement("SELECT ref FROM member WHERE login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "member " + login);
                return row.getString(1);
            }
        }
    }

    /** The first column of the first row, as a number (a count, an id). */
    public static long number(String query) throws Exception {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getLong(1);
        }
    }

    /** The first column of the first row, as text (null when SQL says NULL). */
    public static String text(String query) throws Exception {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getString(1);
        }
    }

    /** Every row, columns separated by a space, rows by a newline: for comparing before and after. */
    public static String rows(String query) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    byte[] raw = rows.getBytes(c);
                    out.append(c > 1 ? " " : "").append(raw == null ? "" : new String(raw, StandardCharsets.UTF_8));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
