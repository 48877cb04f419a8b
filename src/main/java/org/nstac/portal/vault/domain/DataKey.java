package org.nstac.portal.vault.domain;

import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One member's own AES-256 key, under which all their vault fields are encrypted.
 * <p>
 * A key per member is what makes erasure real: deleting the member's wrapped data key leaves their ciphertext
 * unreadable everywhere, backups included. The key's bytes never leave this package except wrapped by a master key
 * ({@link MasterKeyring#wrap}), and {@link #toString()} never shows them.
 */
public final class DataKey {

    private final SecretKey key;

    private DataKey(byte[] raw) {
        if (raw.length != Gcm.KEY_BYTES) {
            throw new VaultCryptoException("A data key must be " + Gcm.KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** A fresh random key for a newly admitted member. */
    public static DataKey generate() {
        byte[] raw = Gcm.randomBytes(Gcm.KEY_BYTES);
        try {
            return new DataKey(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** For unwrapping; the caller wipes {@code raw} afterwards (the key keeps its own copy). */
    static DataKey fromBytes(byte[] raw) {
        return new DataKey(raw);
    }

    SecretKey secretKey() {
        return key;
    }

    /** A copy the caller must wipe after use. */
    byte[] encoded() {
        return key.getEncoded();
    }

    @Override
    public String toString() {
        return "DataKey[AES-256, value hidden]";
    }
}
