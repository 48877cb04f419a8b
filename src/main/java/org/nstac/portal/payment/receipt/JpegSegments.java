package org.nstac.portal.payment.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JPEG file's marker segments without decoding the picture, to drop the ones that carry metadata or to find
 * the EXIF block.
 *
 * <p>Why by hand: a photo placed in a PDF is stored as the camera's JPEG file, EXIF and all, and decoding and
 * encoding it again inside the PDF would change the document. Dropping segments changes no pixel. What is kept is
 * what a decoder needs to show the picture as it was: the frame and scan segments, the JFIF header, the ICC colour
 * profile and Adobe's colour-transform marker. Every other application segment (EXIF and XMP in APP1, IPTC in
 * APP13, maker notes, the depth and gain maps some phones hang after the picture) and every comment is dropped, as
 * is anything after the end-of-image marker.
 *
 * <p>A file that cannot be walked to its end-of-image marker is refused with an {@link IOException}: it could hide
 * a segment this walk did not see.
 */
final class JpegSegments {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int COM = 0xFE;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;

    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * One segment: its marker and where it lies in the file, from its first {@code FF} to just before the next
     * marker. A scan segment includes the compressed picture data that follows its header.
     */
    private record Segment(int marker, int start, int payloadStart, int end) {
    }

    private JpegSegments() {
    }

    /**
     * The same JPEG without metadata segments.
     *
     * @throws IOException when the file is not a JPEG that can be walked to its end
     */
    static byte[] withoutMetadata(byte[] jpeg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(SOI);
        for (Segment segment : segments(jpeg)) {
            if (kept(jpeg, segment)) {
                out.write(jpeg, segment.start(), segment.end() - segment.start());
            }
        }
        out.write(0xFF);
        out.write(EOI);
        return out.toByteArray();
    }

    /**
     * The EXIF block of a JPEG (its TIFF structure, after the {@code Exif\0\0} header), if it has one that lies
     * within the file.
     */
    static Optional<byte[]> exif(byte[] jpeg) {
        try {
            for (Segment segment : segments(jpeg)) {
                if (segment.marker() == APP1 && startsWith(jpeg, segment.payloadStart(), segment.end(), EXIF)) {
                    return Optional.of(Arrays.copyOfRange(jpeg, segment.payloadStart() + EXIF.length, segment.end()));
                }
            }
        } catch (IOException damaged) {
            // a damaged file has no EXIF the portal should trust
        }
        return Optional.empty();
    }

    private static boolean kept(byte[] jpeg, Segment segment) {
        int marker = segment.marker();
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        int from = segment.payloadStart();
        int to = segment.end();
        return switch (marker) {
            case APP0 -> startsWith(jpeg, from, to, JFIF);
            case APP2 -> startsWith(jpeg, from, to, ICC_PROFILE);
            case APP14 -> startsWith(jpeg, from, to, ADOBE);
            default -> false;
        };
    }

    /** The segments between the start and end-of-image markers, both excluded. */
    private static List<Segment> segments(byte[] jpeg) throws IOException {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            throw new IOException("not a JPEG");
        }
        List<Segment> segments = new ArrayList<>();
        int pos = 2;
        while (true) {
            if (pos >= jpeg.length || (jpeg[pos] & 0xFF) != 0xFF) {
                throw new IOException("no marker where one belongs");
            }
            int start = pos;
            while (pos < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            if (pos >= jpeg.length) {
                throw new IOException("truncated");
            }
            int marker = jpeg[pos++] & 0xFF;
            if (marker == EOI) {
                return segments;
            }
            if (standalone(marker)) {
                segments.add(new Segment(marker, start, pos, pos));
                continue;
            }
            if (pos + 2 > jpeg.length) {
                throw new IOException("truncated");
            }
            int length = ((jpeg[pos] & 0xFF) << 8) | (jpeg[pos + 1] & 0xFF);
            int end = pos + length;
            if (length < 2 || end > jpeg.length) {
                throw new IOException("segment longer than the file");
            }
            int payloadStart = pos + 2;
            if (marker == SOS) {
                end = endOfScanData(jpeg, end);
            }
            segments.add(new Segment(marker, start, payloadStart, end));
            pos = end;
        }
    }

    /** Markers that have no length and no payload: TEM and the restart markers. */
    private static boolean standalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    /**
     * Where the compressed data after a scan header ends: at the first {@code FF} that starts a real marker, that is
     * one not followed by a stuffed zero, a restart number or another fill byte.
     */
    private static int endOfScanData(byte[] jpeg, int from) throws IOException {
        int pos = from;
        while (pos + 1 < jpeg.length) {
            if ((jpeg[pos] & 0xFF) == 0xFF) {
                int next = jpeg[pos + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                    return pos;
                }
                if (next != 0xFF) {
                    pos++;
                }
            }
            pos++;
        }
        throw new IOException("scan data runs to the end of the file");
    }

    private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }
}
