package org.nstac.portal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Deployments;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.organisation.domain.Organisation;
import org.nstac.portal.organisation.domain.OrganisationKind;

/** Inside Payara Micro, against the real MariaDB that Flyway migrated. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PersistenceIT.class);
    }

    @Inject
    Organisations organisations;

    @Test
    void anOrganisationMakesARoundTripThroughTheDatabase() throws Exception {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        organisations.register(new Organisation(code, OrganisationKind.UNION,
                "Union of domestic workers", "Sindikat radnica u domaćinstvu"));

        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kind, name_en, name_sr, version FROM organisation WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the row is in the database");
                assertEquals("UNION", row.getString("kind"));
                assertEquals("Union of domestic workers", row.getString("name_en"));
                assertEquals("Sindikat radnica u domaćinstvu", row.getString("name_sr"), "Serbian letters survive");
            }
        }
        Organisation loaded = organisations.findByCode(code).orElseThrow();
        assertEquals(OrganisationKind.UNION, loaded.getKind());
        assertEquals("Sindikat radnica u domaćinstvu", loaded.nameIn(java.util.Locale.forLanguageTag("sr-Latn")));
    }

    @Test
    void flywayOwnsTheSchemaAndItsHistoryIsRecorded() throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT version, description, success FROM flyway_schema_history WHERE version = '1'");
                ResultSet row = select.executeQuery()) {
            assertTrue(row.next(), "migration V1 is in the history");
            assertEquals("organisation", row.getString("description"));
            assertTrue(row.getBoolean("success"));
        }
    }

    @Test
    void theRuntimeAccountCanNeitherRewriteTheSchemaHistoryNorEditTheAuditTrail() throws Exception {
        for (String change : java.util.List.of(
                "UPDATE flyway_schema_history SET success = 0 WHERE version = '1'",
                "DELETE FROM flyway_schema_history WHERE version = '1'",
                "UPDATE audit_entry SET action = 'nothing happened'",
                "DELETE FROM audit_entry",
                "DROP TABLE organisation")) {
            try (Connection connection = dataSource().getConnection();
                    java.sql.Statement sql = connection.createStatement()) {
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(
                        java.sql.SQLException.class, () -> sql.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("denied"), change + ": " + refused.getMessage());
            }
        }
    }

    @Test
    void theDemoMinistriesArePresent() {
        assertEquals(OrganisationKind.MINISTRY, organisations.findByCode("justice").orElseThrow().getKind());
        assertEquals(OrganisationKind.MINISTRY, organisations.findByCode("labour").orElseThrow().getKind());
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/portal");
    }
}
