package org.nstac.portal.consultation.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Reads an upload into memory, but never more than its limit.
 *
 * <p>Why not trust the declared size: a multipart part's size can be missing or wrong, and a stream read without a
 * bound lets one request fill the server's memory. Reading stops one byte past the limit.
 */
final class Uploads {

    private static final long BYTES_PER_MEGABYTE = 1024L * 1024L;

    private Uploads() {
    }

    static long bytes(int megabytes) {
        return megabytes * BYTES_PER_MEGABYTE;
    }

    /**
     * @throws DomainRuleViolation {@code tooLargeKey} with {@code maxMegabytes} when the stream holds more
     * @throws IOException         when the stream itself fails
     */
    static byte[] readAtMost(InputStream in, int maxMegabytes, String tooLargeKey) throws IOException {
        long max = bytes(maxMegabytes);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(chunk)) != -1) {
            total += read;
            if (total > max) {
                throw new DomainRuleViolation(tooLargeKey, maxMegabytes);
            }
            buffer.write(chunk, 0, read);
        }
        return buffer.toByteArray();
    }

    /** @throws DomainRuleViolation {@code tooLargeKey} with {@code maxMegabytes} when {@code size} is over it */
    static void requireAtMost(long size, int maxMegabytes, String tooLargeKey) {
        if (size > bytes(maxMegabytes)) {
            throw new DomainRuleViolation(tooLargeKey, maxMegabytes);
        }
    }
}
