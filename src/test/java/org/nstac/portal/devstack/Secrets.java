package org.nstac.portal.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Dev secrets (database password, client secret, Keycloak admin password), generated at first run and kept in the
 * work folder with owner-only permissions. Never committed: the work folder is ignored by git.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values = new Properties();
    private final Path file;

    private Secrets(Path file) {
        this.file = file;
    }

    static Secrets in(Path dir) throws IOException {
        Secrets secrets = new Secrets(dir.resolve("secrets.properties"));
        if (Files.exists(secrets.file)) {
            try (Reader in = Files.newBufferedReader(secrets.file)) {
                secrets.values.load(in);
            }
        }
        return secrets;
    }

    String get(String name) throws IOException {
        String value = values.getProperty(name);
        if (value == null) {
            value = random();
            values.setProperty(name, value);
            save();
        }
        return value;
    }

    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on other file systems
            }
        }
        try (Writer out = Files.newBufferedWriter(file)) {
            values.store(out, "Generated dev secrets: do not commit, do not reuse in production");
        }
    }
}
