package org.nstac.portal.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution, built once per machine ({@link BuiltKeycloak}) and started optimised
 * on its own port over plain HTTP on the loopback address, importing the production realm
 * ({@code keycloak/nstac-realm.json}) with the demo users and the {@code portal-cli} client merged in
 * ({@code keycloak/demo/nstac-demo.json}). A realm that already exists is kept as it is (Keycloak skips the import).
 * The sign-in theme ({@code keycloak/themes/nstac}) is copied into the distribution at every start, so a change to it
 * shows at the next start.
 */
public final class KeycloakServer {

    public static final String REALM = "nstac";

    private final int port;
    private final String portalUrl;
    private final String clientSecret;
    private final String adminPassword;
    private ChildProcess process;
    private JsonObject extraRealm = JsonValue.EMPTY_JSON_OBJECT;
    private String quickExitUrl;

    KeycloakServer(int port, String portalUrl, String clientSecret, String adminPassword) {
        this.port = port;
        this.portalUrl = portalUrl;
        this.clientSecret = clientSecret;
        this.adminPassword = adminPassword;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String adminPassword() {
        return adminPassword;
    }

    private List<Path> launch;

    void start(Path distZip, Path dir, Path realmFile, Path demoFile, Path themes, Path logs) throws Exception {
        launch = List.of(distZip, dir, realmFile, demoFile, themes, logs);
        String javaHome = System.getProperty("java.home");
        Map<String, String> environment = new java.util.HashMap<>(Map.of("JAVA_HOME", javaHome,
                "PATH", javaHome + "/bin:" + System.getenv("PATH"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "PORTAL_URL", portalUrl,
                "PORTAL_CLIENT_SECRET", clientSecret));
        if (quickExitUrl != null) {
            environment.put("QUICK_EXIT_URL", quickExitUrl);
        }
        Path home = BuiltKeycloak.install(distZip, dir.resolve("keycloak"), BuiltKeycloak.cacheRoot(), environment,
                logs.resolve("keycloak-build.log"));
        installThemes(themes, home.resolve("themes"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        writeMergedRealm(realmFile, demoFile, extraRealm, imports.resolve(REALM + "-realm.json"));
        process = ChildProcess.start("Keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                        "--http-enabled=true", "--http-port=" + port, "--http-host=127.0.0.1",
                        "--hostname-strict=false", "--import-realm", "--log-level=WARN,org.keycloak.services:INFO"),
                home,
                environment,
                logs.resolve("keycloak.log"));
    }

    /** The options fixed when Keycloak is built (Quarkus augmentation); the rest are given at each start. */
    static final List<String> BUILD_OPTIONS = List.of("--cache=local", "--db=dev-file");

    /**
     * Builds an unpacked distribution with {@link #BUILD_OPTIONS} ({@code kc.sh build}), so that every start is an
     * optimised one: {@code start-dev} re-runs the Quarkus augmentation, 45-70 s on a busy 2-core machine, at every
     * start. {@link BuiltKeycloak} calls it once per machine and version, on the tree it then copies into each stack.
     */
    static void build(Path home, Map<String, String> environment, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ChildProcess build = ChildProcess.start("Keycloak build", command, home, environment, log);
        int exit = build.waitFor(Duration.ofMinutes(10));
        if (exit != 0) {
            throw new IllegalStateException("kc.sh build failed (exit " + exit + "), see " + log);
        }
    }

    /**
     * Where the sign-in pages' Quick exit leads: the realm's {@code quickExitUrl} is {@code ${QUICK_EXIT_URL}} at
     * import, so it is the same neutral site as the portal's ({@code portal.quick-exit.url}). Unset, the realm's
     * default applies (the portal's default too).
     */
    void quickExitUrl(String url) {
        this.quickExitUrl = url;
    }

    /**
     * Replaces each theme folder under {@code source} (keycloak/themes) in the distribution's themes folder, so the
     * running Keycloak serves exactly what the checkout holds, and a theme deleted from a file loses it here too.
     */
    static void installThemes(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            return;
        }
        try (var themes = Files.list(source)) {
            for (Path theme : themes.filter(Files::isDirectory).toList()) {
                Path installed = target.resolve(theme.getFileName().toString());
                DevStack.deleteRecursively(installed);
                try (var files = Files.walk(theme)) {
                    for (Path file : files.toList()) {
                        Path copy = installed.resolve(theme.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /**
     * Realm settings added to the import (tests add a signing key they hold): top-level keys replace the realm's,
     * except {@code clients} and {@code users}, which are added to the realm's and the demo's.
     */
    void addToRealm(JsonObject extra) {
        this.extraRealm = extra;
    }

    void awaitReady(Duration timeout) {
        Http.awaitOk("Keycloak", issuer() + "/.well-known/openid-configuration", timeout, process);
    }

    /**
     * Makes Keycloak stop answering, as a hung or unreachable server does, until {@link #thaw()}: connections are
     * accepted by the kernel but nothing replies, so every call to it runs into its timeout.
     */
    public void freeze() throws Exception {
        process.signal("STOP");
    }

    public void thaw() throws Exception {
        process.signal("CONT");
    }

    void stop() {
        if (process != null) {
            process.stop(20);
        }
    }

    /** Tests: stops Keycloak (an outage of the identity provider) until {@link #startAgain()}. */
    public void stopForTest() {
        stop();
    }

    /** Tests: starts Keycloak again as it was started (its realm and sessions are kept in its data folder). */
    public void startAgain() throws Exception {
        if (process != null && process.isAlive()) {
            return;
        }
        start(launch.get(0), launch.get(1), launch.get(2), launch.get(3), launch.get(4), launch.get(5));
    }

    /** Waits until Keycloak serves the realm again. */
    public void awaitRealm(Duration timeout) {
        awaitReady(timeout);
    }

    /**
     * The production realm plus the demo clients and users (and any the tests add): arrays are concatenated, nothing
     * else changes.
     */
    static void writeMergedRealm(Path realmFile, Path demoFile, JsonObject extra, Path target) throws IOException {
        JsonObject realm = read(realmFile);
        JsonObject demo = read(demoFile);
        JsonObjectBuilder merged = Json.createObjectBuilder(realm);
        extra.forEach(merged::add);
        for (String key : List.of("clients", "users")) {
            JsonArrayBuilder all = Json.createArrayBuilder();
            List<JsonValue> values = new ArrayList<>();
            if (realm.containsKey(key)) {
                values.addAll(realm.getJsonArray(key));
            }
            for (JsonObject more : List.of(demo, extra)) {
                if (more.containsKey(key)) {
                    more.getJsonArray(key).forEach(v -> values.add("users".equals(key)
                            ? withHashedPassword(v.asJsonObject()) : v));
                }
            }
            values.forEach(all::add);
            merged.add(key, all);
        }
        JsonWriterFactory writers = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (Writer out = Files.newBufferedWriter(target); JsonWriter writer = writers.createWriter(out)) {
            writer.writeObject(merged.build());
        }
    }

    /**
     * Demo passwords are the user names, far shorter than the realm's policy allows, and Keycloak checks the policy
     * when it imports a plain password. A pre-hashed credential is imported as it is, so the production policy
     * stays strict and the demo logins still work.
     */
    static JsonObject withHashedPassword(JsonObject user) {
        if (!user.containsKey("credentials")) {
            return user;
        }
        JsonArrayBuilder credentials = Json.createArrayBuilder();
        for (JsonValue value : user.getJsonArray("credentials")) {
            JsonObject credential = value.asJsonObject();
            if ("password".equals(credential.getString("type", "")) && credential.containsKey("value")) {
                credentials.add(hashed(credential.getString("value")));
            } else {
                credentials.add(credential);
            }
        }
        return Json.createObjectBuilder(user).add("credentials", credentials).build();
    }

    private static JsonObject hashed(String password) {
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            int iterations = 27_500;
            var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 512);
            byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec)
                    .getEncoded();
            var base64 = java.util.Base64.getEncoder();
            String secretData = Json.createObjectBuilder()
                    .add("value", base64.encodeToString(hash))
                    .add("salt", base64.encodeToString(salt))
                    .add("additionalParameters", JsonValue.EMPTY_JSON_OBJECT).build().toString();
            String credentialData = Json.createObjectBuilder()
                    .add("hashIterations", iterations)
                    .add("algorithm", "pbkdf2-sha512")
                    .add("additionalParameters", JsonValue.EMPTY_JSON_OBJECT).build().toString();
            return Json.createObjectBuilder()
                    .add("type", "password")
                    .add("secretData", secretData)
                    .add("credentialData", credentialData)
                    .add("temporary", false).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        }
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
