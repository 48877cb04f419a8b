package org.nstac.portal.vault.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.vault.domain.LeakChecks.assertNoKeyIn;
import static org.nstac.portal.vault.domain.LeakChecks.assertNoPlaintextIn;
import static org.nstac.portal.vault.domain.LeakChecks.everythingSaidBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Field encryption must give back exactly what went in, and nothing to anyone with the wrong key, member or field. */
class FieldCipherTest {

    private static final String NAME = "Čedomir Ćirić-Đurđević, Šabac, Žabalj 🙂👩🏽‍⚖️";

    private final FieldCipher cipher = new FieldCipher();
    private final DataKey key = DataKey.generate();

    @Test
    void serbianLettersAndEmojiSurviveARoundTrip() {
        for (String value : new String[] {NAME, "č ć đ š ž Č Ć Đ Š Ž", "🙂", ""}) {
            byte[] sealed = cipher.encrypt(value, key, "m-1", "legal_name");
            assertEquals(value, cipher.decrypt(sealed, key, "m-1", "legal_name"));
        }
    }

    @Test
    void theSealedValueIsVersionOneThenIvThenCiphertextAndTag() {
        byte[] plaintext = NAME.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        assertEquals(1, sealed[0]);
        assertEquals(1 + 12 + plaintext.length + 16, sealed.length);
        assertFalse(containsSequence(sealed, "Cedomir".getBytes(StandardCharsets.UTF_8)));
        assertFalse(containsSequence(sealed, Arrays.copyOfRange(plaintext, 0, 8)), "plaintext visible in ciphertext");
    }

    @Test
    void aMissingOptionalValueStaysMissing() {
        assertNull(cipher.encrypt(null, key, "m-1", "phone"));
        assertNull(cipher.decrypt(null, key, "m-1", "phone"));
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        byte[] first = cipher.encrypt(NAME, key, "m-1", "legal_name");
        byte[] second = cipher.encrypt(NAME, key, "m-1", "legal_name");
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 1, 13), Arrays.copyOfRange(second, 1, 13)),
                "each encryption needs its own IV");
    }

    @Test
    void anotherDataKeyCannotDecrypt() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        assertThrows(VaultCryptoException.class,
                () -> cipher.decrypt(sealed, DataKey.generate(), "m-1", "legal_name"));
    }

    @Test
    void everyTamperedByteIsDetected() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThrows(VaultCryptoException.class, () -> cipher.decrypt(tampered, key, "m-1", "legal_name"),
                    "change at byte " + i + " went unnoticed");
        }
    }

    @Test
    void aCiphertextMovedToAnotherMemberFails() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        assertThrows(VaultCryptoException.class, () -> cipher.decrypt(sealed, key, "m-2", "legal_name"));
    }

    @Test
    void aCiphertextMovedToAnotherFieldFails() {
        byte[] sealed = cipher.encrypt("ana@example.org", key, "m-1", "email");
        assertThrows(VaultCryptoException.class, () -> cipher.decrypt(sealed, key, "m-1", "emergency_contact"));
    }

    @Test
    void truncatedValuesFail() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        for (int length : new int[] {0, 1, 13, 28, sealed.length - 1}) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertThrows(VaultCryptoException.class, () -> cipher.decrypt(truncated, key, "m-1", "legal_name"),
                    "truncated to " + length + " bytes");
        }
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        sealed[0] = 2;
        var thrown = assertThrows(VaultCryptoException.class, () -> cipher.decrypt(sealed, key, "m-1", "legal_name"));
        assertTrue(thrown.getMessage().contains("version 2"), thrown.getMessage());
    }

    @Test
    void failuresRevealNeitherPlaintextNorKey() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        byte[] tampered = sealed.clone();
        tampered[20] ^= 0x01;
        for (var failure : new Executable[] {
                () -> cipher.decrypt(sealed, DataKey.generate(), "m-1", "legal_name"),
                () -> cipher.decrypt(tampered, key, "m-1", "legal_name"),
                () -> cipher.decrypt(sealed, key, "m-2", "legal_name")}) {
            String said = everythingSaidBy(assertThrows(VaultCryptoException.class, failure));
            assertNoPlaintextIn(said, NAME, "Čedomir", "Đurđević");
            assertNoKeyIn(said, key.encoded(), Arrays.copyOfRange(sealed, 13, sealed.length));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"m|1", " ", ""})
    void aMemberReferenceThatCouldBlurTheBindingIsRefused(String memberRef) {
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(NAME, key, memberRef, "legal_name"));
    }

    @Test
    void aFieldNameThatCouldBlurTheBindingIsRefused() {
        // Otherwise member "m" + field "1|email" would share associated data with member "m|1" + field "email".
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(NAME, key, "m", "1|email"));
        assertThrows(IllegalArgumentException.class, () -> cipher.encrypt(NAME, key, "m-1", null));
    }

    @Test
    void brokenUnicodeIsRefusedRatherThanSilentlyAltered() {
        var thrown = assertThrows(IllegalArgumentException.class,
                () -> cipher.encrypt("Ana \uD800 secret", key, "m-1", "legal_name"));
        assertNoPlaintextIn(thrown.getMessage(), "Ana", "secret");
    }

    @Test
    void aSealedValueIsNotChangedByDecrypting() {
        byte[] sealed = cipher.encrypt(NAME, key, "m-1", "legal_name");
        byte[] copy = sealed.clone();
        cipher.decrypt(sealed, key, "m-1", "legal_name");
        assertArrayEquals(copy, sealed);
    }

    private static boolean containsSequence(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
