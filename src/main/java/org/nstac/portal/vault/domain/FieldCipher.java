package org.nstac.portal.vault.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encrypts and decrypts one identity field (legal name, e-mail, IBAN, ...) of one member.
 * <p>
 * Each value is sealed on its own with AES-256-GCM under the member's data key, in the format
 * {@code version (1) | 12-byte random IV | ciphertext and tag}. The associated data names the member and the field,
 * so a ciphertext copied into another member's row or another column fails to open instead of revealing one
 * person's details as someone else's. The version byte leaves room to change the format without guessing.
 * Stateless and thread-safe.
 */
public final class FieldCipher {

    private static final byte VERSION = 1;
    private static final int HEADER_BYTES = 1;

    public FieldCipher() {
        // stateless; a constructor so it can be injected or replaced in tests
    }

    /**
     * Seals {@code plaintext} for one member's field; {@code null} stays {@code null} because optional fields
     * (phone, IBAN) are stored as SQL NULL, not as an encrypted empty value.
     */
    public byte[] encrypt(String plaintext, DataKey key, String memberRef, String fieldName) {
        byte[] aad = associatedData(key, memberRef, fieldName);
        if (plaintext == null) {
            return null;
        }
        byte[] utf8 = utf8(plaintext, fieldName);
        try {
            byte[] sealed = Gcm.seal(key.secretKey(), utf8, aad, HEADER_BYTES);
            sealed[0] = VERSION;
            return sealed;
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /**
     * Opens a value sealed by {@link #encrypt} for the same member and field.
     *
     * @throws VaultCryptoException on a wrong key, tampered bytes, another member's or field's ciphertext, an
     *                              unknown version or a truncated value
     */
    public String decrypt(byte[] sealed, DataKey key, String memberRef, String fieldName) {
        byte[] aad = associatedData(key, memberRef, fieldName);
        if (sealed == null) {
            return null;
        }
        if (sealed.length < HEADER_BYTES + Gcm.IV_BYTES + Gcm.TAG_BYTES) {
            throw new VaultCryptoException("The " + fieldName + " ciphertext is too short to be a vault value");
        }
        if (sealed[0] != VERSION) {
            throw new VaultCryptoException("The " + fieldName + " ciphertext has unsupported format version "
                    + Byte.toUnsignedInt(sealed[0]));
        }
        byte[] utf8 = Gcm.open(key.secretKey(), sealed, HEADER_BYTES, aad, "The " + fieldName
                + " value could not be decrypted: wrong key, another member's or field's value, or altered data");
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            // Authenticated bytes that are not UTF-8 mean a writer bug, not an attack; still never show them.
            throw new VaultCryptoException("The " + fieldName + " value is not UTF-8 text");
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private static byte[] associatedData(DataKey key, String memberRef, String fieldName) {
        Objects.requireNonNull(key, "key");
        return Gcm.aad("nstac-field", "v1",
                Gcm.requirePart(memberRef, "member reference"), Gcm.requirePart(fieldName, "field name"));
    }

    /** Strict, because the default encoder silently turns a broken surrogate into '?' and would alter the value. */
    private static byte[] utf8(String plaintext, String fieldName) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(plaintext));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The " + fieldName + " value is not valid Unicode text");
        }
    }

    /**
     * Seals a file's bytes (a receipt) for one member under the same rules as a field: the associated data names the
     * member and what the bytes are ({@code receipt:42}), so a sealed file cannot pass for another.
     */
    public byte[] encryptBytes(byte[] plaintext, DataKey key, String memberRef, String name) {
        byte[] aad = associatedData(key, memberRef, name);
        byte[] sealed = Gcm.seal(key.secretKey(), plaintext, aad, HEADER_BYTES);
        sealed[0] = VERSION;
        return sealed;
    }

    /** Opens bytes sealed by {@link #encryptBytes} for the same member and name. */
    public byte[] decryptBytes(byte[] sealed, DataKey key, String memberRef, String name) {
        byte[] aad = associatedData(key, memberRef, name);
        if (sealed.length < HEADER_BYTES + Gcm.IV_BYTES + Gcm.TAG_BYTES || sealed[0] != VERSION) {
            throw new VaultCryptoException("The sealed " + name + " is not a vault file");
        }
        return Gcm.open(key.secretKey(), sealed, HEADER_BYTES, aad, "The sealed " + name
                + " could not be opened: wrong key, another member's file, or altered data");
    }
}
