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
