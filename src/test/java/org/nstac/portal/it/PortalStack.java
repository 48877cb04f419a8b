package org.nstac.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nstac.portal.devstack.DevStack;

/**
 * One real stack for the whole test run: MariaDB, Keycloak with the demo realm, and the portal's WAR on Payara Micro,
 * on ports of their own so a running {@code mvn -Prun} is not disturbed. Started by the first test class that asks,
 * stopped when the run ends.
 * <p>
 * A GreenMail SMTP server runs inside the test JVM, started before the portal, on a free port the portal is told
 * about: every mail the portal sends lands in {@link #mail()}, where tests wait for it and read it.
 * <p>
 * The realm also gets an RSA signing key that the tests hold, so they can present tokens Keycloak would never issue
 * (expired, wrong audience, ID tokens) and check that the API refuses them.
 */
public final class PortalStack implements BeforeAllCallback {

    /**
     * Added to every port below ({@code -Dportal.it.port-offset=100}), so that two checkouts can run their suites on
     * one machine at the same time.
     */
    public static final int PORT_OFFSET = Integer.getInteger("portal.it.port-offset", 0);
    public static final int DB_PORT = 3327 + PORT_OFFSET;
    public static final int KEYCLOAK_PORT = 8280 + PORT_OFFSET;
    public static final int PORTAL_PORT = 8380 + PORT_OFFSET;
    /**
     * Where the Quick exit button leads in tests (the portal's and the sign-in pages'): a page that exists without the
     * internet and stays put. (Not a page of the nstac realm's account console: that one sends the browser on to a
     * sign-in page, which a test could not tell from the one it left.)
     */
    public static final String QUICK_EXIT_URL = "http://localhost:" + KEYCLOAK_PORT
            + "/realms/master/.well-known/openid-configuration";

    /**
     * How recent a custodian's sign-in must be in tests: short, so that a test can wait for a sign-in to go stale
     * (five minutes in real use).
     */
    public static final java.time.Duration RECENT_SIGN_IN = java.time.Duration.ofSeconds(30);

    /**
     * A member account that exists only in the test realm and that no test signs in with successfully: the tests that
     * type a wrong password use it, so that Keycloak's brute-force protection never counts a failure against a user
     * the other tests need.
     */
    public static final String WRONG_PASSWORD_USER = "wrong-password-probe";

    /**
     * Staff accounts that exist only in the test realm (secretariat, with the demo one-time-code key), for tests that
     * send a wrong or missing code: each such test takes its own, so Keycloak's lockout never touches another test.
     */
    public static final String STAFF_PROBE_PREFIX = "staff-probe-";
    public static final int STAFF_PROBES = 3;

    private static DevStack stack;
    private static KeyPair signingKey;
    private static GreenMail mail;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    static synchronized DevStack start() throws Exception {
        if (stack == null) {
            Path workDir = Path.of(System.getProperty("portal.work.dir", "target/it")).toAbsolutePath();
            deleteRecursively(workDir);
            signingKey = rsaKeyPair();
            var options = DevStack.Options.fromSystemProperties(workDir, DB_PORT, KEYCLOAK_PORT, PORTAL_PORT);
            GreenMail smtp = startMail();
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("portal.quick-exit.url", QUICK_EXIT_URL);
            settings.put("portal.reveal.recent-sign-in", RECENT_SIGN_IN.toString());
            settings.put("portal.diagnostics.query-count", "true");
            settings.putAll(mailSettings(smtp.getSmtp().getPort(), "http://localhost:" + PORTAL_PORT));
            try {
                stack = DevStack.start(options, realmAdditions(signingKey), settings);
            } catch (Exception | Error failure) {
                smtp.stop();
                throw failure;
            }
            mail = smtp;
            DevStack started = stack;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                smtp.stop();
            }, "stop-test-stack"));
        }
        return stack;
    }

    /** SMTP only, on 127.0.0.1 and a port the system picks, accepting mail for any address. */
    private static GreenMail startMail() {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());
        smtp.start();
        return smtp;
    }

    /**
     * The portal's mail settings for an SMTP server on this machine. Public so that a unit test can check the names
     * against the ones the portal reads, without starting anything.
     */
    public static Map<String, String> mailSettings(int smtpPort, String publicUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("portal.mail.host", "127.0.0.1");
        settings.put("portal.mail.port", Integer.toString(smtpPort));
        settings.put("portal.public-url", publicUrl);
        return settings;
    }

    public static DevStack stack() {
        if (stack == null) {
            throw new IllegalStateException("Annotate the test with @ExtendWith(PortalStack.class)");
        }
        return stack;
    }

    /**
     * The SMTP server the portal sends to. The portal sends after its transaction commits, from a background thread:
     * wait with {@code mail().waitForIncomingEmail(timeoutMillis, count)}, then read
     * {@code mail().getReceivedMessages()}. Messages of earlier tests stay for the whole run: call
     * {@code mail().purgeEmailFromAllMailboxes()} before the action under test, or filter by recipient.
     */
    public static GreenMail mail() {
        stack();
        return mail;
    }

    public static String portalUrl() {
        return stack().portalUrl();
    }

    public static String issuer() {
        return stack().keycloak().issuer();
    }

    public static KeyPair signingKey() {
        return signingKey;
    }

    public static Path portalLog() {
        return stack().workDir().resolve("logs/portal.log");
    }

    /**
     * The test-only users (a wrong-password user, staff probes), a signing key with a higher priority than Keycloak's
     * generated one (so Keycloak signs with it too), and a wider window for one-time codes ({@link DemoTotp}).
     */
    private static JsonObject realmAdditions(KeyPair key) {
        String privateKey = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
        var users = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("username", WRONG_PASSWORD_USER)
                .add("enabled", true)
                .add("email", WRONG_PASSWORD_USER + "@test.invalid")
                .add("emailVerified", true)
                .add("firstName", "Test")
                .add("lastName", "Probe")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", java.util.UUID.randomUUID().toString())
                        .add("temporary", false)))
                .add("realmRoles", Json.createArrayBuilder().add("member")));
        for (int n = 1; n <= STAFF_PROBES; n++) {
            String login = STAFF_PROBE_PREFIX + n;
            users.add(Json.createObjectBuilder()
                    .add("username", login)
                    .add("enabled", true)
                    .add("email", login + "@test.invalid")
                    .add("emailVerified", true)
                    .add("firstName", "Test")
                    .add("lastName", "Staff")
                    .add("credentials", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("type", "password").add("value", login)
                                    .add("temporary", false))
                            .add(Json.createObjectBuilder().add("type", "otp").add("userLabel", "test")
                                    .add("secretData", "{\"value\":\"nstac-demo-staff-otp\"}")
                                    .add("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,"
                                            + "\"period\":30,\"algorithm\":\"HmacSHA1\"}")))
                    .add("groups", Json.createArrayBuilder().add("/staff"))
                    .add("realmRoles", Json.createArrayBuilder().add("secretariat")));
        }
        return Json.createObjectBuilder()
                // Staff sign in several times a minute here: codes from more windows, each still taken once (DemoTotp).
                .add("otpPolicyLookAheadWindow", DemoTotp.WINDOWS)
                .add("users", users)
                .add("components", Json.createObjectBuilder()
                        .add("org.keycloak.keys.KeyProvider", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "test-held-rsa")
                                        .add("providerId", "rsa")
                                        .add("subComponents", Json.createObjectBuilder())
                                        .add("config", Json.createObjectBuilder()
                                                .add("priority", Json.createArrayBuilder().add("200"))
                                                .add("enabled", Json.createArrayBuilder().add("true"))
                                                .add("active", Json.createArrayBuilder().add("true"))
                                                .add("algorithm", Json.createArrayBuilder().add("RS256"))
                                                .add("privateKey", Json.createArrayBuilder().add(privateKey))))))
                .build();
    }

    private static KeyPair rsaKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
