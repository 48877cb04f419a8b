package org.nstac.portal.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The three real parts together: database and Keycloak start side by side, the portal as soon as the database is
 * up. Stopping goes in reverse order and leaves no process behind.
 */
public final class DevStack implements AutoCloseable {

    /**
     * How long each process may take to become ready (property {@code portal.ready-timeout}, seconds): generous,
     * because a 2-core machine shared with other builds has been seen to need 270 s for Keycloak's first start.
     */
    public static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("portal.ready-timeout", 480));

    private static final Logger LOG = Logger.getLogger(DevStack.class.getName());

    /**
     * Where things are and which ports to use. With {@code nodes} above 1, {@code portalPort} is the load balancer's
     * and the nodes listen on the ports after it; their data grid on {@code gridPort} and the ports after it.
     */
    public record Options(Path basedir, Path distDir, Path war, Path workDir, int dbPort, int keycloakPort,
            int portalPort, int nodes, int gridPort) {

        /** The paths Maven passes as system properties ({@code portal.basedir}, {@code portal.dist.dir}, ...). */
        public static Options fromSystemProperties(Path workDir, int dbPort, int keycloakPort, int portalPort) {
            Path basedir = Path.of(System.getProperty("portal.basedir", ".")).toAbsolutePath();
            return new Options(basedir,
                    Path.of(System.getProperty("portal.dist.dir", basedir.resolve("target/dist").toString())),
                    Path.of(System.getProperty("portal.war", basedir.resolve("target/portal.war").toString())),
                    workDir, dbPort, keycloakPort, portalPort, 1, DEFAULT_GRID_PORT);
        }

        /** The same with {@code nodes} portal nodes behind a load balancer, their grid from {@code gridPort} on. */
        public Options withNodes(int nodes, int gridPort) {
            if (nodes < 1 || nodes > 9) {
                throw new IllegalArgumentException("portal.nodes must be between 1 and 9, not " + nodes);
            }
            return new Options(basedir, distDir, war, workDir, dbPort, keycloakPort, portalPort, nodes, gridPort);
        }
    }

    /** Payara's data grid in dev: its first port (and the name the nodes share). */
    public static final int DEFAULT_GRID_PORT = 6900;
    public static final String DEV_CLUSTER_NAME = "nstac";

    private final Options options;
    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    /** The one node, or null when the portal runs as a cluster. */
    private final PortalServer portal;
    /** The nodes and their load balancer, or null for one node. */
    private final PortalCluster cluster;
    /** Test clusters started beside the stack's own portal ({@link #startCluster}), stopped with it. */
    private final java.util.List<PortalCluster> extraClusters = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final String clientSecret;
    private final Map<String, String> overrides = new LinkedHashMap<>();

    private DevStack(Options options, Secrets secrets) throws Exception {
        this.options = options;
        this.clientSecret = secrets.get("portal.oidc.client-secret");
        this.database = new EmbeddedDatabase(options.dbPort(), secrets.get("portal.db.password"),
                secrets.get("portal.db.owner-password"));
        if (options.nodes() == 1) {
            this.portal = new PortalServer("node-a", options.portalPort());
            this.cluster = null;
        } else {
            this.portal = null;
            this.cluster = new PortalCluster(new PortalServer.Grid(DEV_CLUSTER_NAME, "127.0.0.1", options.gridPort(),
                    options.nodes()), PortalCluster.names("node-", options.nodes()), options.portalPort(),
                    options.portalPort() + 1);
        }
        this.keycloak = new KeycloakServer(options.keycloakPort(), portalUrl(), clientSecret,
                secrets.get("keycloak.admin.password"));
    }

    /** Starts everything and waits until the portal answers. */
    public static DevStack start(Options options) throws Exception {
        return start(options, jakarta.json.JsonValue.EMPTY_JSON_OBJECT, Map.of());
    }

    /**
     * Starts everything with test-only additions: realm settings merged into the import, and portal settings that
     * override the defaults.
     */
    public static DevStack start(Options options, jakarta.json.JsonObject realmAdditions,
            Map<String, String> portalOverrides) throws Exception {
        DevStack stack = new DevStack(options, Secrets.in(options.workDir()));
        stack.keycloak.addToRealm(realmAdditions);
        stack.overrides.putAll(portalOverrides);
        stack.keycloak.quickExitUrl(portalOverrides.get("portal.quick-exit.url"));
        try {
            stack.startAll();
        } catch (Exception | Error failure) {
            stack.close();
            throw failure;
        }
        return stack;
    }

    private void startAll() throws Exception {
        resetIfRealmChanged();
        Instant begin = Instant.now();
        Path logs = options.workDir().resolve("logs");
        CompletableFuture<Void> db = CompletableFuture.runAsync(() -> unchecked(() -> {
            database.start(options.workDir().resolve("mariadb"));
            LOG.info(() -> "Database ready on port " + database.port() + " after " + since(begin));
        }));
        // Keycloak's first start builds it (kc.sh build, a minute or two on a busy machine): beside the portal's start.
        CompletableFuture<Void> identity = CompletableFuture.runAsync(() -> unchecked(() -> keycloak.start(
                options.distDir().resolve("keycloak.zip"), options.workDir().resolve("keycloak"),
                options.basedir().resolve("keycloak/nstac-realm.json"),
                options.basedir().resolve("keycloak/demo/nstac-demo.json"),
                options.basedir().resolve("keycloak/themes"), logs)));
        try {
            startPortal(db, identity, begin, logs);
        } finally {
            // A failed start stops the stack: Keycloak first finishes starting, so that it is stopped too.
            identity.exceptionally(failed -> null).join();
        }
    }

    private void startPortal(CompletableFuture<Void> db, CompletableFuture<Void> identity, Instant begin, Path logs)
            throws Exception {
        db.join();
        if (cluster == null) {
            portal.start(options.distDir().resolve("payara-micro.jar"), DevWar.of(options.war()),
                    options.workDir().resolve("portal"), portalSettings(), portalSecrets(), logs,
                    options.basedir().resolve("config/payara-preboot.txt"), runDir());
            identity.join();
            keycloak.awaitReady(READY_WITHIN);
            LOG.info(() -> "Keycloak ready at " + keycloak.url() + " after " + since(begin));
            portal.awaitReady(READY_WITHIN);
        } else {
            // The first node alone migrates the schema and adds the demo data; the others join it afterwards.
            cluster.start(options.distDir().resolve("payara-micro.jar"), DevWar.of(options.war()),
                    options.workDir().resolve("nodes"), portalSettings(), portalSecrets(), logs,
                    options.basedir().resolve("config/payara-preboot.txt"), runDir(), READY_WITHIN, true);
            identity.join();
            keycloak.awaitReady(READY_WITHIN);
            LOG.info(() -> "Keycloak ready at " + keycloak.url() + " after " + since(begin));
        }
        LOG.info(() -> "Portal ready at " + portalUrl() + " after " + since(begin));
    }

    /**
     * Keycloak imports the realm only when it does not exist yet. When keycloak/ changed since the last run, the
     * dev data (Keycloak's and the database's, which refer to each other) starts again from scratch.
     */
    private void resetIfRealmChanged() throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256");
        digest.update(java.nio.file.Files.readAllBytes(options.basedir().resolve("keycloak/nstac-realm.json")));
        digest.update(java.nio.file.Files.readAllBytes(options.basedir().resolve("keycloak/demo/nstac-demo.json")));
        String now = java.util.HexFormat.of().formatHex(digest.digest());
        Path marker = options.workDir().resolve("realm.sha256");
        boolean hadData = java.nio.file.Files.exists(options.workDir().resolve("keycloak/keycloak/data/h2"));
        if (hadData && !(java.nio.file.Files.exists(marker) && java.nio.file.Files.readString(marker).equals(now))) {
            LOG.warning("The realm under keycloak/ changed: starting the dev data (Keycloak and database) afresh.");
            deleteRecursively(options.workDir().resolve("keycloak/keycloak/data"));
            deleteRecursively(options.workDir().resolve("mariadb/data"));
        }
        java.nio.file.Files.createDirectories(options.workDir());
        java.nio.file.Files.writeString(marker, now);
    }

    static void deleteRecursively(Path root) throws java.io.IOException {
        if (java.nio.file.Files.exists(root)) {
            try (var paths = java.nio.file.Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(path);
                }
            }
        }
    }

    private Map<String, String> portalSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("portal.db.url", database.jdbcUrl());
        settings.put("portal.db.user", EmbeddedDatabase.USER);
        settings.put("portal.db.migration-user", EmbeddedDatabase.OWNER);
        settings.put("portal.oidc.provider-uri", keycloak.issuer());
        settings.put("portal.oidc.client-id", "portal");
        settings.put("portal.demo-data", "true");
        settings.put("portal.vault.keyring-file", keyringFile().toString());
        settings.put("portal.vault.create-keyring", "true");
        settings.put("portal.documents.dir", options.workDir().resolve("documents").toString());
        settings.putAll(overrides);
        return settings;
    }

    private Map<String, String> portalSecrets() {
        return Map.of("PORTAL_DB_PASSWORD", database.password(), "PORTAL_DB_MIGRATION_PASSWORD",
                database.ownerPassword(), "PORTAL_OIDC_CLIENT_SECRET", clientSecret);
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The one node; for a cluster, its first node. */
    public PortalServer portal() {
        return cluster == null ? portal : cluster.nodes().get(0);
    }

    /** Where people reach the portal: the one node, or the load balancer in front of the nodes. */
    public String portalUrl() {
        return cluster == null ? portal.url() : cluster.url();
    }

    /** The nodes and their load balancer when the portal runs as a cluster. */
    public java.util.Optional<PortalCluster> cluster() {
        return java.util.Optional.ofNullable(cluster);
    }

    /** Where nodes write their process ids ({@code <name>.pid}: {@code node-a.pid}, {@code node-b.pid}). */
    public Path runDir() {
        return options.workDir().resolve("run");
    }

    /**
     * Tests: starts another cluster of portal nodes beside this stack's portal, sharing its database, Keycloak,
     * keyring and settings ({@code extraSettings} added), behind its own load balancer. Stopped by {@link #close()}
     * unless closed before.
     *
     * @param names the nodes' names, which also name their logs ({@code logs/<name>.log})
     */
    public PortalCluster startCluster(PortalServer.Grid grid, java.util.List<String> names, int balancerPort,
            int firstNodePort, Map<String, String> extraSettings) throws Exception {
        PortalCluster extra = new PortalCluster(grid, names, balancerPort, firstNodePort);
        extraClusters.add(extra);
        Map<String, String> settings = portalSettings();
        settings.putAll(extraSettings);
        try {
            extra.start(options.distDir().resolve("payara-micro.jar"), DevWar.of(options.war()),
                    options.workDir().resolve(grid.name()), settings, portalSecrets(),
                    options.workDir().resolve("logs"), options.basedir().resolve("config/payara-preboot.txt"),
                    runDir(), READY_WITHIN, false);
        } catch (Exception | Error failure) {
            extra.close();
            extraClusters.remove(extra);
            throw failure;
        }
        return extra;
    }

    /** The vault's master keyring: generated by the portal at first start, outside the database and the WAR. */
    public Path keyringFile() {
        return options.workDir().resolve("vault/keyring.properties");
    }

    /** The portal client's secret in this stack's realm (tests hand it to their own Payara). */
    public String clientSecret() {
        return clientSecret;
    }

    public Path workDir() {
        return options.workDir();
    }

    @Override
    public void close() {
        extraClusters.forEach(PortalCluster::close);
        if (cluster != null) {
            cluster.close();
        } else {
            portal.stop();
        }
        keycloak.stop();
        database.stop();
    }

    private static String since(Instant begin) {
        return Duration.between(begin, Instant.now()).toSeconds() + " s";
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void unchecked(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
