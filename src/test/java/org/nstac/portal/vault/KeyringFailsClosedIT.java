package org.nstac.portal.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.devstack.DevWar;
import org.nstac.portal.it.PortalStack;

/**
 * Outside dev and tests, a missing keyring stops the portal as it starts, with a message that says what to do: it
 * never makes a new keyring nobody backed up (new identities sealed under it, every old one unreadable).
 */
@ExtendWith(PortalStack.class)
class KeyringFailsClosedIT {

    @Test
    void aMissingKeyringStopsThePortalAtStartWithTheReason() throws Exception {
        var stack = PortalStack.stack();
        Path dir = stack.workDir().resolve("keyring-missing");
        Files.createDirectories(dir);
        Path log = dir.resolve("portal.log");
        int port = PortalStack.PORTAL_PORT + 19;
        Path missing = dir.resolve("no-such-keyring.properties");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC",
                "-Dportal.db.url=" + stack.database().jdbcUrl(), "-Dportal.db.user=portal", "-Dportal.db.migrate=false",
                "-Dportal.oidc.provider-uri=" + stack.keycloak().issuer(), "-Dportal.oidc.client-id=portal",
                "-Dportal.vault.keyring-file=" + missing, "-Dportal.documents.dir=" + dir.resolve("documents"),
                "-jar", System.getProperty("payara.microJar"), "--deploy",
                DevWar.of(Path.of(System.getProperty("portal.war"))).toString(), "--contextroot", "/", "--port",
                Integer.toString(port), "--nocluster", "--rootdir", dir.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORTAL_DB_PASSWORD", stack.database().password());
        builder.environment().put("PORTAL_OIDC_CLIENT_SECRET", stack.clientSecret());
        Process payara = builder.start();
        try {
            Instant giveUp = Instant.now().plusSeconds(150);
            while (Instant.now().isBefore(giveUp) && !read(log).contains("ready in") && payara.isAlive()) {
                Thread.sleep(1000);
            }
            String output = read(log);
            assertTrue(output.contains("does not exist. Restore it from its backup"), "the reason is in the log");
            HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode(), "no application answers");
            assertFalse(Files.exists(missing), "no keyring was made");
        } finally {
            payara.destroy();
            if (!payara.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
