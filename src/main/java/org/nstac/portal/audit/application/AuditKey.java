package org.nstac.portal.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.audit.domain.CheckpointSigner;

/**
 * The audit checkpoint key: a file beside the vault's keyring ({@code audit-checkpoint.key}, or
 * {@code portal.audit.key-file}), owner-only, never in the database. It also records from which entry on the log is
 * signed ({@code signed-from}), so that nobody with only database access can claim that later entries were written
 * before signing began. Like the keyring it is created only where {@code portal.vault.create-keyring} allows it (dev
 * and tests); in production a missing or loosely permitted file stops the portal.
 */
@ApplicationScoped
public class AuditKey {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Inject
    @ConfigProperty(name = "portal.vault.keyring-file")
    String keyringFile;

    @Inject
    @ConfigProperty(name = "portal.audit.key-file")
    java.util.Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "portal.vault.create-keyring", defaultValue = "false")
    boolean mayCreate;

    @Inject
    AuditLog log;

    private CheckpointSigner signer;
    private long signedFrom;

    @PostConstruct
    void load() {
        Path file = keyFile.map(Path::of).orElseGet(() -> Path.of(keyringFile).toAbsolutePath().resolveSibling(
                "audit-checkpoint.key"));
        try {
            if (Files.notExists(file)) {
                if (!mayCreate) {
                    throw new IllegalStateException("The audit checkpoint key " + file + " does not exist. Restore it "
                            + "from its backup (portal.audit.key-file), or, for a new installation only, start once "
                            + "with portal.vault.create-keyring=true.");
                }
                create(file, log.lastSequence() + 1);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                throw new IllegalStateException("The audit checkpoint key " + file + " is accessible to other users; "
                        + "restrict it with chmod 600 and start again");
            }
            Properties entries = new Properties();
            try (var in = Files.newInputStream(file)) {
                entries.load(in);
            }
            byte[] key = Base64.getDecoder().decode(entries.getProperty("key", ""));
            signer = new CheckpointSigner(key);
            signedFrom = Long.parseLong(entries.getProperty("signed-from", "1"));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint key " + file + " cannot be read", e);
        }
    }

    public CheckpointSigner signer() {
        return signer;
    }

    /** The first entry that carries a signature. */
    public long signedFrom() {
        return signedFrom;
    }

    private static void create(Path file, long signedFrom) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        String content = "# Audit checkpoint key: back it up with the vault keyring, keep it out of the database.\n"
                + "key=" + Base64.getEncoder().encodeToString(key) + "\nsigned-from=" + signedFrom + "\n";
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".audit-key", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY);
            }
            Files.writeString(temp, content);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
