package org.nstac.portal.vault.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM as used by both key wrapping and field encryption, kept in one place so both follow the same rules:
 * a fresh random 12-byte IV per seal, a 128-bit tag, and associated data that binds a ciphertext to its owner.
 */
final class Gcm {

    static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;

    /** Thread-safe; one instance avoids reseeding costs on every value. */
    static final SecureRandom RANDOM = new SecureRandom();

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private Gcm() {
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Returns {@code header zero bytes | IV | ciphertext and tag}; the caller fills in the header. */
    static byte[] seal(SecretKey key, byte[] plaintext, byte[] aad, int headerBytes) {
        byte[] iv = randomBytes(IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, iv));
            cipher.updateAAD(aad);
            byte[] ciphertext = cipher.doFinal(plaintext);
            byte[] sealed = new byte[headerBytes + IV_BYTES + ciphertext.length];
            System.arraycopy(iv, 0, sealed, headerBytes, IV_BYTES);
            System.arraycopy(ciphertext, 0, sealed, headerBytes + IV_BYTES, ciphertext.length);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new VaultCryptoException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Opens {@code IV | ciphertext and tag} starting at {@code offset}. Every failure gets the same caller-chosen
     * message so that wrong key, wrong owner and tampering look alike.
     */
    static byte[] open(SecretKey key, byte[] sealed, int offset, byte[] aad, String failure) {
        if (sealed.length - offset < IV_BYTES + TAG_BYTES) {
            throw new VaultCryptoException(failure);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, sealed, offset, IV_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, offset + IV_BYTES, sealed.length - offset - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new VaultCryptoException(failure, e);
        }
    }

    /** Joins a label and its parts with '|'; {@link #requirePart} checked the parts, so the join is unambiguous. */
    static byte[] aad(String label, String... parts) {
        StringBuilder joined = new StringBuilder(label);
        for (String part : parts) {
            joined.append('|').append(part);
        }
        return joined.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A part of associated data may not contain '|', otherwise member "a|b" with field "c" would share associated
     * data with member "a" and field "b|c", and a ciphertext could be moved between them.
     */
    static String requirePart(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + name + " is required");
        }
        if (value.indexOf('|') >= 0) {
            throw new IllegalArgumentException("A " + name + " may not contain '|'");
        }
        return value;
    }
}
