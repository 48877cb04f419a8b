package org.nstac.portal.vault.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Master keys must be replaceable without downtime and without losing any member's data key. */
class KeyRotationTest {

    private static final String NAME = "Milica Šušnjar";

    private final FieldCipher cipher = new FieldCipher();
    private final MasterKeyring keyring = MasterKeyring.generate();
    private final DataKey dataKey = DataKey.generate();
    private final byte[] sealedName = cipher.encrypt(NAME, dataKey, "m-7", "legal_name");

    @Test
    void aWrappedDataKeyUnwrapsForItsMember() {
        WrappedDataKey wrapped = keyring.wrap(dataKey, "m-7");
        assertEquals(keyring.currentKeyId(), wrapped.masterKeyId());
        assertEquals(NAME, nameWith(keyring.unwrap(wrapped, "m-7")));
    }

    @Test
    void aWrappedDataKeyFitsItsColumn() {
        WrappedDataKey wrapped = keyring.wrap(dataKey, "m-7");
        assertEquals(12 + 32 + 16, wrapped.wrapped().length);
        assertTrue(wrapped.masterKeyId().length() <= 40);
    }

    @Test
    void aWrappedDataKeyMovedToAnotherMemberFails() {
        WrappedDataKey wrapped = keyring.wrap(dataKey, "m-7");
        assertThrows(VaultCryptoException.class, () -> keyring.unwrap(wrapped, "m-8"));
    }

    @Test
    void aTamperedWrappedDataKeyFails() {
        byte[] bytes = keyring.wrap(dataKey, "m-7").wrapped();
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            var wrapped = new WrappedDataKey(keyring.currentKeyId(), tampered);
            assertThrows(VaultCryptoException.class, () -> keyring.unwrap(wrapped, "m-7"), "byte " + i);
        }
    }

    @Test
    void anotherKeyringCannotUnwrap() {
        WrappedDataKey wrapped = keyring.wrap(dataKey, "m-7");
        var thrown = assertThrows(VaultCryptoException.class, () -> MasterKeyring.generate().unwrap(wrapped, "m-7"));
        assertTrue(thrown.getMessage().contains("not in the keyring"), thrown.getMessage());
    }

    @Test
    void aKeyWrappedUnderAnotherIdsNameFails() {
        // Same id, different key: what a restored-from-the-wrong-backup keyring would look like.
        MasterKeyring rotated = keyring.rotate();
        WrappedDataKey wrapped = rotated.wrap(dataKey, "m-7");
        var relabelled = new WrappedDataKey(keyring.currentKeyId(), wrapped.wrapped());
        assertThrows(VaultCryptoException.class, () -> rotated.unwrap(relabelled, "m-7"));
    }

    @Test
    void rotationMakesANewCurrentKeyAndKeepsTheOldOnes() {
        MasterKeyring rotated = keyring.rotate();
        assertNotEquals(keyring.currentKeyId(), rotated.currentKeyId());
        assertEquals(Set.of(keyring.currentKeyId(), rotated.currentKeyId()), rotated.keyIds());
        assertEquals(Set.of(keyring.currentKeyId()), keyring.keyIds(), "the original keyring is unchanged");
    }

    @Test
    void afterRotationOldWrappedKeysStillUnwrap() {
        WrappedDataKey old = keyring.wrap(dataKey, "m-7");
        MasterKeyring rotated = keyring.rotate();
        assertFalse(rotated.isWrappedByCurrentKey(old));
        assertEquals(NAME, nameWith(rotated.unwrap(old, "m-7")));
    }

    @Test
    void newKeysAreWrappedWithTheNewCurrentKey() {
        MasterKeyring rotated = keyring.rotate();
        WrappedDataKey wrapped = rotated.wrap(dataKey, "m-7");
        assertEquals(rotated.currentKeyId(), wrapped.masterKeyId());
        assertTrue(rotated.isWrappedByCurrentKey(wrapped));
    }

    @Test
    void rewrapMovesADataKeyToTheNewCurrentKey() {
        WrappedDataKey old = keyring.wrap(dataKey, "m-7");
        MasterKeyring rotated = keyring.rotate();

        WrappedDataKey rewrapped = rotated.rewrap(old, "m-7");

        assertEquals(rotated.currentKeyId(), rewrapped.masterKeyId());
        assertNotEquals(old.masterKeyId(), rewrapped.masterKeyId());
        assertEquals(NAME, nameWith(rotated.unwrap(rewrapped, "m-7")));
    }

    @Test
    void rewrapRefusesAKeyOfAnotherMember() {
        WrappedDataKey old = keyring.wrap(dataKey, "m-7");
        assertThrows(VaultCryptoException.class, () -> keyring.rotate().rewrap(old, "m-8"));
    }

    @Test
    void afterRetiringTheOldKeyOnlyRewrappedKeysStillWork(@TempDir Path dir) {
        WrappedDataKey old = keyring.wrap(dataKey, "m-7");
        MasterKeyring rotated = keyring.rotate();
        WrappedDataKey rewrapped = rotated.rewrap(old, "m-7");

        Path file = dir.resolve("keyring.properties");
        rotated.retire(old.masterKeyId()).save(file);
        MasterKeyring withoutOldKey = MasterKeyring.load(file);

        assertEquals(Set.of(rotated.currentKeyId()), withoutOldKey.keyIds());
        assertEquals(NAME, nameWith(withoutOldKey.unwrap(rewrapped, "m-7")));
        assertThrows(VaultCryptoException.class, () -> withoutOldKey.unwrap(old, "m-7"));
        assertEquals(NAME, nameWith(rotated.unwrap(old, "m-7")), "retiring returns a new keyring");
    }

    @Test
    void theCurrentKeyCannotBeRetired() {
        assertThrows(IllegalArgumentException.class, () -> keyring.retire(keyring.currentKeyId()));
        assertThrows(IllegalArgumentException.class, () -> keyring.retire("mk-unknown"));
    }

    private String nameWith(DataKey key) {
        return cipher.decrypt(sealedName, key, "m-7", "legal_name");
    }
}
