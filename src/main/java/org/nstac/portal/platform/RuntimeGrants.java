package org.nstac.portal.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The runtime account's rights, granted by the schema's owner after every migration, table by table: new tables get
 * their rights the moment they exist. Idempotent.
 * <ul>
 * <li>every table: SELECT, INSERT, UPDATE, DELETE; </li>
 * <li>the append-only tables ({@link #APPEND_ONLY}: the audit chain and its signed checkpoints, the reveal log, the
 * rate card, payables and ledger entries): SELECT and INSERT only, so nobody holding the runtime account can edit or
 * delete history (the ledger's triggers stay as a second wall);</li>
 * <li>no DDL, no TRIGGER, no GRANT; LOCK TABLES so that locking reads work on MySQL as on MariaDB;</li>
 * <li>Flyway's own history table: nothing.</li>
 * </ul>
 * Rights are compared with what the account holds and only the difference is granted or revoked, missing rights
 * first: the other nodes of a cluster go on using the account while a node starts.
 */
public final class RuntimeGrants {

    private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());

    /** Rows that are written once and never changed or removed by the application. */
    public static final Set<String> APPEND_ONLY = Set.of("audit_entry", "audit_checkpoint", "identity_reveal",
            "rate", "payable", "ledger_entry");
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private RuntimeGrants() {
    }

    static void apply(String url, String owner, String ownerPassword, String runtimeAccount) {
        try (Connection db = DriverManager.getConnection(url, owner, ownerPassword);
                Statement sql = db.createStatement()) {
            String schema = db.getCatalog();
            List<String> tables = new ArrayList<>();
            try (var rows = sql.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + "DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // Only what differs is changed, and rights are added before others are taken away: another node of the
            // cluster keeps working on this account while this node starts, so no right it needs may be missing,
            // not even for a moment. (Older installations had rights on the whole database: they lose them here.)
            Set<String> schemaRights = held(db, "SELECT privilege_type FROM information_schema.schema_privileges "
                    + "WHERE grantee = ? AND table_schema = ?", runtimeAccount, schema, null);
            sql.execute("GRANT LOCK TABLES ON `" + schema + "`.* TO " + runtimeAccount);
            for (String right : schemaRights) {
                if (!right.equals("LOCK TABLES")) {
                    quietly(sql, "REVOKE " + right + " ON `" + schema + "`.* FROM " + runtimeAccount);
                }
            }
            for (String table : tables) {
                String on = " ON `" + schema + "`.`" + table + "` ";
                Set<String> wanted = table.equalsIgnoreCase(FLYWAY_HISTORY) ? Set.of()
                        : APPEND_ONLY.contains(table.toLowerCase(java.util.Locale.ROOT)) ? APPEND_ONLY_RIGHTS
                        : DATA_RIGHTS;
                Set<String> have = held(db, "SELECT privilege_type FROM information_schema.table_privileges "
                        + "WHERE grantee = ? AND table_schema = ? AND table_name = ?", runtimeAccount, schema, table);
                Set<String> missing = new java.util.TreeSet<>(wanted);
                missing.removeAll(have);
                if (!missing.isEmpty()) {
                    sql.execute("GRANT " + String.join(", ", missing) + on + "TO " + runtimeAccount);
                }
                for (String right : have) {
                    if (!wanted.contains(right)) {
                        quietly(sql, "REVOKE " + right + on + "FROM " + runtimeAccount);
                    }
                }
            }
            LOG.info(() -> "Runtime account rights set on " + tables.size() + " tables (" + APPEND_ONLY.size()
                    + " append-only)");
        } catch (SQLException e) {
            throw new IllegalStateException("The schema owner could not set the runtime account's rights ("
                    + e.getSQLState() + ")", e);
        }
    }

    private static final Set<String> DATA_RIGHTS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> APPEND_ONLY_RIGHTS = Set.of("SELECT", "INSERT");

    /** The rights the account holds, as information_schema names them ({@code SELECT}, {@code LOCK TABLES}...). */
    private static Set<String> held(Connection db, String query, String account, String schema, String table)
            throws SQLException {
        Set<String> rights = new java.util.TreeSet<>();
        try (var select = db.prepareStatement(query)) {
            select.setString(1, account);
            select.setString(2, schema);
            if (table != null) {
                select.setString(3, table);
            }
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    rights.add(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return rights;
    }

    /** A REVOKE of rights that were never granted is an error in MariaDB and MySQL; here it is nothing to do. */
    private static void quietly(Statement sql, String statement) {
        try {
            sql.execute(statement);
        } catch (SQLException noSuchGrant) {
            // nothing was granted, so nothing to take back
        }
    }
}
