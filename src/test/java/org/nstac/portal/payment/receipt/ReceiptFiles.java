package org.nstac.portal.payment.receipt;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Receipts the tests need, built in code so that no binary fixture sits in the repository: photos with the metadata
 * a phone writes, PDFs with an author, and the damaged and hostile files a check must refuse.
 */
final class ReceiptFiles {

    /** Where the canaries sit: text that must not survive the check. */
    static final String GPS_CANARY = "CANARY-GPS-44.8125N";
    static final String OWNER_CANARY = "CANARY-OWNER-Jelena";
    static final String COMMENT_CANARY = "CANARY-COMMENT-home";
    static final String XMP_CANARY = "CANARY-XMP-creator";
    static final String TRAILING_CANARY = "CANARY-AFTER-EOI";

    interface PdfSteps {
        void apply(Document document, PdfWriter writer) throws Exception;
    }

    private ReceiptFiles() {
    }

    /** A picture whose top left quarter is red and the rest white, so a turn can be seen. */
    static BufferedImage picture(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.dispose();
        return picture;
    }

    static byte[] encode(BufferedImage picture, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(picture, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** The JPEG with the given segments placed right after its start-of-image marker, as a camera places EXIF. */
    static byte[] afterSoi(byte[] jpeg, byte[]... segments) {
        return insert(jpeg, 2, segments);
    }

    /** A JPEG marker segment: {@code FF}, the marker, the length and the payload. */
    static byte[] segment(int marker, byte[] payload) {
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (payload.length + 2)).put(payload).array();
    }

    /**
     * An APP1 EXIF segment the way a phone writes it, big-endian: the first directory holds the orientation and the
     * artist (the camera owner's name), and a GPS-like text in the image description.
     */
    static byte[] exif(int orientation) {
        byte[] owner = (OWNER_CANARY + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] gps = (GPS_CANARY + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 3;
        int directory = 8;
        int data = directory + 2 + entries * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(data + owner.length + gps.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(directory);
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(gps.length).putInt(data + owner.length);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x013B).putShort((short) 2).putInt(owner.length).putInt(data);
        tiff.putInt(0); // no next directory
        tiff.put(owner).put(gps);
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array()));
    }

    /** An APP1 XMP segment naming its creator. */
    static byte[] xmpSegment() {
        return segment(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                xmp().getBytes(StandardCharsets.UTF_8)));
    }

    static String xmp() {
        return "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + XMP_CANARY + "</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    /** A JPEG comment segment. */
    static byte[] comment() {
        return segment(0xFE, COMMENT_CANARY.getBytes(StandardCharsets.US_ASCII));
    }

    /** A phone photo: EXIF with the given orientation, XMP and a comment after SOI, and text after the picture. */
    static byte[] phonePhoto(int width, int height, int orientation) {
        byte[] jpeg = afterSoi(jpeg(width, height), exif(orientation), xmpSegment(), comment());
        return concat(jpeg, TRAILING_CANARY.getBytes(StandardCharsets.US_ASCII));
    }

    /** A PNG chunk: length, type, data and the CRC over type and data. */
    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The PNG with the given chunks placed right after its header chunk. */
    static byte[] afterIhdr(byte[] png, byte[]... chunks) {
        return insert(png, 8 + 25, chunks);
    }

    /**
     * A PNG that is only a signature, a header declaring {@code width} by {@code height} RGB pixels and an end: if
     * anything tried to decode it, it would find no picture data.
     */
    static byte[] pngHeaderOnly(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
                chunk("IHDR", header), chunk("IEND", new byte[0]));
    }

    /** The JPEG with the size in its frame header replaced, the picture data left as it was. */
    static byte[] jpegDeclaring(byte[] jpeg, int width, int height) {
        byte[] changed = jpeg.clone();
        for (int i = 2; i + 8 < changed.length; i++) {
            if ((changed[i] & 0xFF) == 0xFF && (changed[i + 1] & 0xFF) == 0xC0) {
                // FF C0, length (2), precision (1), height (2), width (2)
                ByteBuffer.wrap(changed, i + 5, 4).putShort((short) height).putShort((short) width);
                return changed;
            }
        }
        throw new IllegalStateException("no baseline frame header");
    }

    /** A PDF of {@code pages} pages, with {@code before} applied before it opens and {@code after} once it has. */
    static byte[] pdf(int pages, PdfSteps before, PdfSteps after) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document();
            PdfWriter writer = PdfWriter.getInstance(document, out);
            before.apply(document, writer);
            document.open();
            after.apply(document, writer);
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.newPage();
                }
                document.add(new Paragraph("Račun za prevoz, strana " + page));
            }
            document.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdf(int pages) {
        return pdf(pages, (document, writer) -> { }, (document, writer) -> { });
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] insert(byte[] file, int at, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, at);
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        out.write(file, at, file.length - at);
        return out.toByteArray();
    }
}
