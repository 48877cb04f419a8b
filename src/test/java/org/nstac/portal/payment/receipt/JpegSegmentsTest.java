package org.nstac.portal.payment.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.receipt.ReceiptFiles.latin1;
import static org.nstac.portal.payment.receipt.ReceiptFiles.segment;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The segment walk used for photos inside PDFs, where the picture must not be encoded again. */
class JpegSegmentsTest {

    @Test
    void metadataSegmentsGoAndThePictureStaysPixelForPixel() throws IOException {
        byte[] plain = ReceiptFiles.jpeg(40, 30);
        byte[] icc = segment(0xE2, ReceiptFiles.concat(bytes("ICC_PROFILE\0\1\1"),
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        byte[] adobe = segment(0xEE, bytes("Adobe\0\u0064\0\0\0\0\1")); // version 100, no flags, YCbCr
        byte[] iptc = segment(0xED, bytes("Photoshop 3.0\0CANARY-IPTC"));
        byte[] flashPix = segment(0xE2, bytes("FPXR\0CANARY-FPXR"));
        byte[] upload = ReceiptFiles.concat(ReceiptFiles.afterSoi(plain, ReceiptFiles.exif(6),
                ReceiptFiles.xmpSegment(), ReceiptFiles.comment(), icc, adobe, iptc, flashPix), bytes("CANARY-TAIL"));

        byte[] stripped = JpegSegments.withoutMetadata(upload);

        String text = latin1(stripped);
        assertFalse(text.contains("CANARY"), text);
        assertTrue(text.contains("ICC_PROFILE") && text.contains("Adobe") && text.contains("JFIF"), "kept");
        assertSamePixels(ReceiptFiles.decode(plain), ReceiptFiles.decode(stripped));
    }

    @Test
    void aJpegWithoutMetadataComesBackAsItWas() throws IOException {
        byte[] plain = ReceiptFiles.jpeg(40, 30);
        assertArrayEquals(plain, JpegSegments.withoutMetadata(plain));
    }

    @Test
    void aFileThatCannotBeWalkedToItsEndIsRefused() {
        byte[] plain = ReceiptFiles.jpeg(40, 30);
        byte[] tooLong = ReceiptFiles.afterSoi(plain, new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) 0xFF, (byte) 0xFF});
        assertThrows(IOException.class, () -> JpegSegments.withoutMetadata(Arrays.copyOf(plain, plain.length - 2)));
        assertThrows(IOException.class, () -> JpegSegments.withoutMetadata(tooLong));
        assertThrows(IOException.class, () -> JpegSegments.withoutMetadata(bytes("not a jpeg")));
    }

    @Test
    void theExifBlockIsFoundAndADamagedOneIsIgnored() {
        byte[] plain = ReceiptFiles.jpeg(40, 30);
        assertEquals(ExifOrientation.TURN_ANTICLOCKWISE, ExifOrientation.of(ReceiptFiles.afterSoi(plain,
                ReceiptFiles.exif(8))));
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(plain));
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(ReceiptFiles.afterSoi(plain, ReceiptFiles.exif(9))));
        byte[] cut = segment(0xE1, bytes("Exif\0\0MM\0*\0\0\0\u00ff"));
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(ReceiptFiles.afterSoi(plain, cut)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
