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

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Database migrated: " + result.migrationsExecuted + " migration(s) applied, schema version "
                + result.targetSchemaVersion + (demoData ? " (with demo data)" : ""));
    }
}
