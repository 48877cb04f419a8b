package org.nstac.portal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Owns the schema: Flyway migrates the database before anything else runs. JPA never creates tables.
 * <p>
 * The data source's URL, user and password come from MicroProfile Config ({@code portal.db.*}), so the same WAR runs
 * against the embedded MariaDB, a test server or production MySQL.
 * <p>
 * Two accounts: Flyway migrates as the schema's owner ({@code portal.db.migration-user} and
 * {@code portal.db.migration-password}), who then grants the runtime account (the data source's) what it needs,
 * table by table ({@link RuntimeGrants}): data only, no DDL, no triggers, and on the append-only tables (audit chain,
 * reveal log, ledger) no UPDATE or DELETE. Whoever holds the runtime account cannot rewrite history. Without a
 * migration account the data source's own account migrates (and keeps whatever rights it was given).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "characterEncoding=UTF-8",
            "connectionTimeZone=UTC",
            "useSSL=false",
            "allowPublicKeyRetrieval=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "portal.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "portal.db.migration-user")
    java.util.Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "portal.db.migration-password")
    java.util.Optional<String> migrationPassword;

    /** Off when migrations are run apart (by the owner's account, with the portal stopped). */
    @Inject
    @ConfigProperty(name = "portal.db.migrate", defaultValue = "true")
    boolean migrateAtStart;

    @PostConstruct
    void migrate() {
        if (!migrateAtStart) {
            LOG.info("Database migration at start is off (portal.db.migrate=false)");
            return;
        }
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var flyway = Flyway.configure(Flyway.class.getClassLoader())
                .locations(locations.toArray(String[]::new));
        if (migrationUser.isPresent()) {
            flyway.dataSource(withDriverProperties(url), migrationUser.get(), migrationPassword.orElse(""));
        } else {
            flyway.dataSource(dataSource);
        }
        var result = flyway.load().migrate();
        if (migrationUser.isPresent()) {
            RuntimeGrants.apply(withDriverProperties(url), migrationUser.get(), migrationPassword.orElse(""),
                    runtimeAccount());
        }
        LOG.info(() -> "Database migrated: " + result.migrationsExecuted + " migration(s) applied, schema version "
                + result.targetSchemaVersion + (demoData ? " (with demo data)" : ""));
    }

    /** The runtime account as the server knows it ({@code 'portal'@'127.0.0.1'}), asked on one of its connections. */
    private String runtimeAccount() {
        try (var connection = dataSource.getConnection(); var sql = connection.createStatement();
                var row = sql.executeQuery("SELECT CURRENT_USER()")) {
            row.next();
            String[] account = row.getString(1).split("@", 2);
            return "'" + account[0] + "'@'" + (account.length > 1 ? account[1] : "%") + "'";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The runtime database account cannot connect", e);
        }
    }

    /**
     * The URL with the same driver settings as the data source's (UTF-8, UTC, the server's TLS choice), for the
     * owner's own connections; settings the URL names itself are left as they are.
     */
    static String withDriverProperties(String url) {
        StringBuilder full = new StringBuilder(url);
        for (String setting : new String[] {"characterEncoding=UTF-8", "connectionTimeZone=UTC", "useSSL=false",
                "allowPublicKeyRetrieval=true"}) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            if (!url.contains(name)) {
                full.append(full.indexOf("?") < 0 ? '?' : '&').append(setting);
            }
        }
        return full.toString();
    }
}
