package org.nstac.portal.vault.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nstac.portal.vault.domain.LeakChecks.assertNoKeyIn;
import static org.nstac.portal.vault.domain.LeakChecks.everythingSaidBy;
import static org.nstac.portal.vault.domain.LeakChecks.keysIn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The keyring file is the one thing that makes the vault readable: it must be private, durable and never replaced. */
class MasterKeyringFileTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunCreatesAnOwnerOnlyKeyringInNewFolders() throws IOException {
        assumeTrue(isPosix(), "file permissions are POSIX here");
        Path file = dir.resolve("secrets/vault/keyring.properties");

        MasterKeyring.loadOrCreate(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(List.of(file), listFiles(file.getParent()), "no temporary file left behind");
    }

    @Test
    void aCreatedKeyringReloadsToTheSameKeys() throws IOException {
        Path file = dir.resolve("keyring.properties");
        MasterKeyring created = MasterKeyring.loadOrCreate(file);
        byte[] written = Files.readAllBytes(file);
        DataKey dataKey = DataKey.generate();
        WrappedDataKey wrapped = created.wrap(dataKey, "m-1");
        byte[] sealed = new FieldCipher().encrypt("Jelena Đokić", dataKey, "m-1", "legal_name");

        MasterKeyring reloaded = MasterKeyring.loadOrCreate(file);

        assertArrayEquals(written, Files.readAllBytes(file), "an existing keyring is never replaced");
        assertTrue(created.currentKeyId().matches("mk-[0-9a-f]{8}"), created.currentKeyId());
        assertEquals(created.currentKeyId(), reloaded.currentKeyId());
        assertEquals(created.keyIds(), reloaded.keyIds());
        DataKey unwrapped = reloaded.unwrap(wrapped, "m-1");
        assertEquals("Jelena Đokić", new FieldCipher().decrypt(sealed, unwrapped, "m-1", "legal_name"));
        assertEquals(created.blindIndex().of("Jelena"), reloaded.blindIndex().of("Jelena"));
        assertEquals(created.blindIndex().of("Jelena"), MasterKeyring.load(file).blindIndex().of("Jelena"));
    }

    @Test
    void portalsStartingTogetherAllUseTheOneKeyringThatWasWritten() throws Exception {
        Path file = dir.resolve("keyring.properties");
        int starters = 8;
        ExecutorService pool = Executors.newFixedThreadPool(starters);
        try {
            for (int round = 0; round < 20; round++) {
                Files.deleteIfExists(file);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MasterKeyring>> started = new ArrayList<>();
                for (int i = 0; i < starters; i++) {
                    started.add(pool.submit(() -> {
                        start.await();
                        return MasterKeyring.loadOrCreate(file);
                    }));
                }
                start.countDown();
                List<String> used = new ArrayList<>();
                for (Future<MasterKeyring> keyring : started) {
                    used.add(keyring.get().currentKeyId());
                }
                String onDisk = MasterKeyring.load(file).currentKeyId();
                assertEquals(Collections.nCopies(starters, onDisk), used, "a keyring was replaced after use");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savingReplacesTheFileWithNothingLeftBehind() throws IOException {
        Path file = dir.resolve("keyring.properties");
        MasterKeyring original = MasterKeyring.loadOrCreate(file);
        MasterKeyring rotated = original.rotate();

        rotated.save(file);

        MasterKeyring reloaded = MasterKeyring.load(file);
        assertEquals(rotated.currentKeyId(), reloaded.currentKeyId());
        assertEquals(rotated.keyIds(), reloaded.keyIds());
        assertEquals(List.of(file), listFiles(dir));
        if (isPosix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void loadingAMissingFileSaysSo() {
        Path file = dir.resolve("nowhere.properties");
        var thrown = assertThrows(KeyringException.class, () -> MasterKeyring.load(file));
        assertTrue(thrown.getMessage().contains("does not exist"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains(file.toString()), thrown.getMessage());
    }

    static Stream<Arguments> corruptions() {
        return Stream.of(
                corruption("a key cut short", "must be 32 bytes (256 bits) in base64 but is 30 bytes",
                        text -> text.replaceFirst("(key\\.mk-[0-9a-f]{8}=.{40})[^\\n]*", "$1")),
                corruption("a damaged character in a key", "not valid base64",
                        text -> text.replaceFirst("(key\\.mk-[0-9a-f]{8}=.{10}).", "$1*")),
                corruption("a damaged character in the index key", "blind-index key is not valid base64",
                        text -> text.replaceFirst("(index=.{10}).", "$1#")),
                corruption("a key line broken in two", "unexpected entr",
                        text -> text.replaceFirst("(key\\.mk-[0-9a-f]{8}=.{20})", "$1\n")),
                corruption("the current key missing", "as current but has no 'key.mk-",
                        text -> text.replaceFirst(
                                "(current=(mk-[0-9a-f]{8})\\n(?:.*\\n)*?)key\\.\\2=[^\\n]*\\n", "$1")),
                corruption("no current entry", "does not say which master key is current",
                        text -> text.replaceFirst("current=[^\\n]*\\n", "")),
                corruption("no index key", "no blind-index key",
                        text -> text.replaceFirst("index=[^\\n]*\\n", "")),
                corruption("a key listed twice", "twice",
                        text -> text + text.lines().filter(l -> l.startsWith("key.")).findFirst().orElseThrow()
                                .replaceFirst("=.{4}", "=AAAA") + "\n"),
                corruption("an empty file", "no master key", text -> ""));
    }

    private static Arguments corruption(String name, String expected, UnaryOperator<String> damage) {
        return Arguments.of(name, expected, damage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptions")
    void aCorruptedKeyringGivesAClearErrorWithoutKeyBytes(String name, String expected, UnaryOperator<String> damage)
            throws IOException {
        Path file = dir.resolve("keyring.properties");
        MasterKeyring.generate().rotate().save(file);
        byte[][] keys = keysIn(file);
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String damaged = damage.apply(text);
        assertNotEquals(text, damaged, "the damage must change the file");
        Files.writeString(file, damaged, StandardCharsets.US_ASCII);

        var thrown = assertThrows(KeyringException.class, () -> MasterKeyring.loadOrCreate(file));

        assertTrue(thrown.getMessage().contains(expected), thrown.getMessage());
        assertTrue(thrown.getMessage().contains(file.toString()), thrown.getMessage());
        assertNoKeyIn(everythingSaidBy(thrown), keys);
        assertEquals(damaged, Files.readString(file, StandardCharsets.US_ASCII), "a broken keyring is never replaced");
    }

    @Test
    void binaryGarbageIsRejectedWithoutQuotingIt() throws IOException {
        Path file = dir.resolve("keyring.properties");
        byte[] garbage = new byte[600];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);
        var thrown = assertThrows(KeyringException.class, () -> MasterKeyring.load(file));
        assertNoKeyIn(everythingSaidBy(thrown), garbage);
    }

    @Test
    void aKeyringOthersMayReadIsRefusedWithHowToFixIt() throws IOException {
        assumeTrue(isPosix(), "file permissions are POSIX here");
        Path file = dir.resolve("keyring.properties");
        MasterKeyring.generate().save(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        byte[][] keys = keysIn(file);
        var thrown = assertThrows(KeyringException.class, () -> MasterKeyring.load(file));
        assertTrue(thrown.getMessage().contains("chmod 600"), thrown.getMessage());
        assertNoKeyIn(thrown.getMessage(), keys);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        MasterKeyring.load(file);
    }

    @Test
    void theKeyringFileHoldsBase64KeysOf32Bytes() throws IOException {
        Path file = dir.resolve("keyring.properties");
        MasterKeyring.generate().rotate().save(file);
        byte[][] keys = keysIn(file);
        assertEquals(3, keys.length, "two master keys and the index key");
        for (byte[] key : keys) {
            assertEquals(32, key.length);
        }
    }

    private boolean isPosix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static List<Path> listFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
