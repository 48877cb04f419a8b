package org.nstac.portal.platform.pdf;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A ceiling on what a PDF unpacks to, checked before a PDF library reads it. A few megabytes of deflated zeros inflate
 * to gigabytes, and a library that decompresses object streams while it parses would try to hold them all in memory.
 * <p>
 * How: every place where a stream may start (the keyword {@code stream} and its line end) is tried as zlib data and
 * inflated into a small buffer that is thrown away, counting the bytes; data that inflates to zlib data again (a
 * second Flate filter) is inflated in turn. The first time the total passes the ceiling, the answer is no. Nothing is
 * kept; memory stays a few kilobytes whatever the file says, and the work is proportional to the ceiling.
 */
public final class PdfInflation {

    private static final byte[] KEYWORD = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_NESTING = 3;

    private PdfInflation() {
    }

    /** Whether everything compressed in {@code pdf} unpacks to at most {@code ceiling} bytes in all. */
    public static boolean within(byte[] pdf, long ceiling) {
        long[] total = {0};
        for (int i = 0; i + KEYWORD.length < pdf.length; i++) {
            if (!startsWith(pdf, i, KEYWORD) || (i > 0 && pdf[i - 1] == 'd')) {
                continue; // "endstream" is no start
            }
            int data = i + KEYWORD.length;
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data < pdf.length && pdf[data] == '\n') {
                data++;
            }
            if (!inflate(pdf, data, pdf.length - data, ceiling, total, 0)) {
                return false;
            }
            i = data;
        }
        return true;
    }

    /** Inflates zlib data at {@code offset} if it is any, counting into {@code total}; false past the ceiling. */
    private static boolean inflate(byte[] source, int offset, int length, long ceiling, long[] total, int depth) {
        if (length < 2 || (source[offset] & 0x0f) != 8 || ((source[offset] & 0xff) << 8 | (source[offset + 1] & 0xff))
                % 31 != 0) {
            return true; // not zlib data: nothing to unpack
        }
        Inflater inflater = new Inflater();
        inflater.setInput(source, offset, length);
        byte[] buffer = new byte[16 * 1024];
        byte[] head = null;
        int headLength = 0;
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        break;
                    }
                    continue;
                }
                total[0] += n;
                if (total[0] > ceiling) {
                    return false;
                }
                if (depth < MAX_NESTING && head == null) {
                    // keep the first bytes: if they are zlib again, a second filter follows
                    head = java.util.Arrays.copyOf(buffer, n);
                    headLength = n;
                }
            }
        } catch (DataFormatException notZlib) {
            return true;
        } finally {
            inflater.end();
        }
        if (head != null && headLength >= 2 && (head[0] & 0x0f) == 8
                && ((head[0] & 0xff) << 8 | (head[1] & 0xff)) % 31 == 0) {
            // Inflate the output again, streaming it from the source once more rather than keeping it.
            return reinflate(source, offset, length, ceiling, total, depth + 1);
        }
        return true;
    }

    /** The output of one inflation, inflated again as it is produced (a second Flate filter), within the ceiling. */
    private static boolean reinflate(byte[] source, int offset, int length, long ceiling, long[] total, int depth) {
        Inflater outer = new Inflater();
        Inflater inner = new Inflater();
        outer.setInput(source, offset, length);
        byte[] middle = new byte[16 * 1024];
        byte[] out = new byte[16 * 1024];
        try {
            while (!outer.finished() && !inner.finished()) {
                int m = outer.inflate(middle);
                if (m == 0 && (outer.needsInput() || outer.needsDictionary())) {
                    break;
                }
                inner.setInput(middle, 0, m);
                while (!inner.needsInput() && !inner.finished()) {
                    int n = inner.inflate(out);
                    if (n == 0 && inner.needsDictionary()) {
                        return true;
                    }
                    total[0] += n;
                    if (total[0] > ceiling) {
                        return false;
                    }
                }
            }
        } catch (DataFormatException notZlib) {
            return true;
        } finally {
            outer.end();
            inner.end();
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
