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
 * rate card, payables and ledger entries, the engagement terms' versions and acceptances): SELECT and INSERT only, so nobody holding the runtime account can edit or
 * delete history (the ledger's triggers stay as a second wall);</li>
 * <li>no DDL, no TRIGGER, no GRANT; LOCK TABLES so that locking reads work on MySQL as on MariaDB;</li>
 * <li>Flyway's own history table: read only.</li>
 * </ul>
 */
public final class RuntimeGrants {

    private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());

    /** Rows that are written once and never changed or removed by the application. */
    public static final Set<String> APPEND_ONLY = Set.of("audit_entry", "audit_checkpoint", "identity_reveal",
            "rate", "payable", "ledger_entry", "terms_version", "terms_acceptance");
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
            // An account that was given rights on the whole database (older installations) loses them first.
            quietly(sql, "REVOKE ALL PRIVILEGES ON `" + schema + "`.* FROM " + runtimeAccount);
            sql.execute("GRANT LOCK TABLES ON `" + schema + "`.* TO " + runtimeAccount);
            for (String table : tables) {
                String on = " ON `" + schema + "`.`" + table + "` ";
                if (table.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    // The runtime may read which migrations ran (health, support), never write the history.
                    quietly(sql, "REVOKE ALL PRIVILEGES" + on + "FROM " + runtimeAccount);
                    sql.execute("GRANT SELECT" + on + "TO " + runtimeAccount);
                } else if (APPEND_ONLY.contains(table.toLowerCase(java.util.Locale.ROOT))) {
                    quietly(sql, "REVOKE ALL PRIVILEGES" + on + "FROM " + runtimeAccount);
                    sql.execute("GRANT SELECT, INSERT" + on + "TO " + runtimeAccount);
                } else {
                    sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE" + on + "TO " + runtimeAccount);
                }
            }
            LOG.info(() -> "Runtime account rights set on " + tables.size() + " tables (" + APPEND_ONLY.size()
                    + " append-only)");
        } catch (SQLException e) {
            throw new IllegalStateException("The schema owner could not set the runtime account's rights ("
                    + e.getSQLState() + ")", e);
        }
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
