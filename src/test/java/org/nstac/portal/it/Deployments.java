package org.nstac.portal.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.nstac.portal.devstack.DevStack;
import org.nstac.portal.devstack.DevWar;

/**
 * Arquillian deployments: the WAR Maven built (not a hand-listed subset of classes) plus the test class, configured
 * for the test stack's database. Runs on the client side only.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portalWith(Class<?>... testClasses) {
        DevStack stack;
        try {
            stack = PortalStack.start();
        } catch (Exception e) {
            throw new IllegalStateException("The test stack did not start", e);
        }
        // @DataSourceDefinition reads server-level config only, so Arquillian's Payara Micro gets the settings as
        // system properties from this file (arquillian.xml: --systemproperties).
        Path file = Path.of(System.getProperty("portal.work.dir"), "arquillian-payara.properties");
        try {
            Files.writeString(file, String.join("\n",
                    "portal.db.url=" + stack.database().jdbcUrl(),
                    "portal.db.user=portal",
                    "portal.db.password=" + stack.database().password(),
                    "portal.db.migration-user=portal_owner",
                    "portal.db.migration-password=" + stack.database().ownerPassword(),
                    "portal.oidc.provider-uri=" + stack.keycloak().issuer(),
                    "portal.oidc.client-id=portal",
                    "portal.oidc.client-secret=" + stack.clientSecret(),
                    "portal.demo-data=true",
                    "portal.vault.keyring-file=" + stack.keyringFile(),
                    "portal.vault.create-keyring=true",
                    ""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        WebArchive war;
        try {
            war = ShrinkWrap.createFromZipFile(WebArchive.class,
                    DevWar.of(java.nio.file.Path.of(System.getProperty("portal.war"))).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        war.addClasses(testClasses);
        return war;
    }
}
