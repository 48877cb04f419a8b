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
 * <li>Flyway's own history table: read only.</li>
 * </ul>
 * Rights are granted first and only unwanted rights revoked afterwards, one by one, never a right the account needs:
 * the other nodes of a cluster go on using the account while a node starts.
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
            // Rights are added before others are taken away, and only rights the account must not have are taken
            // away: the other nodes of a cluster keep working on this account while this node starts, so no right
            // they need may be missing, not even for a moment. (The owner cannot read another account's grants, so
            // each unwanted right is revoked on its own; revoking one that was never granted does nothing.)
            // Older installations had rights on the whole database: they lose them here.
            sql.execute("GRANT LOCK TABLES ON `" + schema + "`.* TO " + runtimeAccount);
            for (String right : SCHEMA_RIGHTS_TO_REMOVE) {
                quietly(sql, "REVOKE " + right + " ON `" + schema + "`.* FROM " + runtimeAccount);
            }
            for (String table : tables) {
                String on = " ON `" + schema + "`.`" + table + "` ";
                if (table.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    // The runtime may read which migrations ran (health, support), never write the history.
                    sql.execute("GRANT SELECT" + on + "TO " + runtimeAccount);
                    for (String right : List.of("INSERT", "UPDATE", "DELETE")) {
                        quietly(sql, "REVOKE " + right + on + "FROM " + runtimeAccount);
                    }
                    for (String right : TABLE_RIGHTS_TO_REMOVE) {
                        quietly(sql, "REVOKE " + right + on + "FROM " + runtimeAccount);
                    }
                    continue;
                }
                boolean appendOnly = APPEND_ONLY.contains(table.toLowerCase(java.util.Locale.ROOT));
                sql.execute("GRANT " + (appendOnly ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE") + on + "TO "
                        + runtimeAccount);
                for (String right : TABLE_RIGHTS_TO_REMOVE) {
                    if (!appendOnly && (right.equals("UPDATE") || right.equals("DELETE"))) {
                        continue;
                    }
                    quietly(sql, "REVOKE " + right + on + "FROM " + runtimeAccount);
                }
            }
            LOG.info(() -> "Runtime account rights set on " + tables.size() + " tables (" + APPEND_ONLY.size()
                    + " append-only)");
        } catch (SQLException e) {
            throw new IllegalStateException("The schema owner could not set the runtime account's rights ("
                    + e.getSQLState() + ")", e);
        }
    }

    /** Database-wide rights the runtime account must not hold (it keeps LOCK TABLES only). */
    private static final List<String> SCHEMA_RIGHTS_TO_REMOVE = List.of("SELECT", "INSERT", "UPDATE", "DELETE",
            "CREATE", "DROP", "ALTER", "INDEX", "REFERENCES", "CREATE TEMPORARY TABLES", "CREATE VIEW", "SHOW VIEW",
            "CREATE ROUTINE", "ALTER ROUTINE", "EXECUTE", "EVENT", "TRIGGER", "GRANT OPTION");
    /** Table rights the runtime account must not hold (UPDATE and DELETE only on append-only tables). */
    private static final List<String> TABLE_RIGHTS_TO_REMOVE = List.of("UPDATE", "DELETE", "CREATE", "DROP", "ALTER",
            "INDEX", "REFERENCES", "CREATE VIEW", "SHOW VIEW", "TRIGGER", "GRANT OPTION");

    /** A REVOKE of rights that were never granted is an error in MariaDB and MySQL; here it is nothing to do. */
    private static void quietly(Statement sql, String statement) {
        try {
            sql.execute(statement);
        } catch (SQLException noSuchGrant) {
            // nothing was granted, so nothing to take back
        }
    }
}
