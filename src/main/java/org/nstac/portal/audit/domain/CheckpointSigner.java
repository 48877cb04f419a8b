package org.nstac.portal.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs audit entries with a key that lives outside the database (a file beside the vault's keyring). The chain's
 * hashes alone can be recomputed by anyone who can write to the database; an HMAC over an entry's sequence and hash
 * cannot, and because each hash covers every entry before it, one valid signature vouches for the whole history up to
 * that entry.
 */
public final class CheckpointSigner {

    private static final byte[] LABEL = "nstac-audit-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);
    private final SecretKeySpec key;

    public CheckpointSigner(byte[] key) {
        if (key == null || key.length < 32) {
            throw new IllegalArgumentException("An audit checkpoint key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256");
    }

    /** The signature of one entry: HMAC-SHA256 over a label, the sequence and the entry's hash, as hex. */
    public String sign(long sequence, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(LABEL);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(sequence).array());
            mac.update(hash.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is this key's signature of the entry (compared in constant time). */
    public boolean verifies(long sequence, String hash, String signature) {
        return signature != null && hash != null && MessageDigest.isEqual(
                sign(sequence, hash).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "CheckpointSigner[key hidden]";
    }
}
