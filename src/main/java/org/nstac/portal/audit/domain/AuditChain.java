package org.nstac.portal.audit.domain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How an audit entry's hash is computed, in one place for the code that writes entries and the verifier.
 *
 * <p>Why a canonical encoding and not simple concatenation: with "actor|action" the entries ("a|b", "c") and
 * ("a", "b|c") would hash the same, and a {@code null} detail would hash like an empty one. Here every text field
 * is written as a presence byte, its UTF-8 length and its bytes; a {@code null} is a single absence byte, so it can
 * never collide with an empty string. Numbers are fixed 8-byte big-endian values: the sequence, and the instant
 * as epoch milliseconds (the precision the database keeps). A version tag leads, so a future format can coexist.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] FORMAT = "nstac-audit-v1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /**
     * The SHA-256 of an entry's fields, as 64 lower-case hex digits.
     *
     * @param occurredAt required; only its epoch milliseconds count
     */
    public static String hashOf(long sequence, Instant occurredAt, String actor, String action, String subjectRef,
            String details, String previousHash) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT.length);
            out.write(FORMAT);
            out.writeLong(sequence);
            out.writeLong(occurredAt.toEpochMilli());
            writeText(out, actor);
            writeText(out, action);
            writeText(out, subjectRef);
            writeText(out, details);
            writeText(out, previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HEX.formatHex(sha256().digest(bytes.toByteArray()));
    }

    /** The hash an entry should carry, recomputed from its own fields. */
    public static String hashOf(ChainedEntry entry) {
        return hashOf(entry.sequence(), entry.occurredAt(), entry.actor(), entry.action(), entry.subjectRef(),
                entry.details(), entry.previousHash());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeByte(0);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeByte(1);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
