package org.nstac.portal.payment.receipt;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Turns an uploaded photo into a fresh image file that holds its pixels and nothing else.
 *
 * <p>Why decode and encode again rather than cut out the metadata: a fresh file written without metadata can carry
 * no EXIF, XMP, GPS position, comment, PNG text chunk, maker note or data hidden after the picture, including kinds
 * nobody listed. The cost is one more JPEG generation at quality {@value #JPEG_QUALITY}, which a receipt bears well.
 *
 * <p>Why the size is read first: a small file can declare a huge picture (a "decompression bomb"), and decoding it
 * would take gigabytes of memory. The reader is asked only for the width and height, which sit in the file's
 * header, and a picture over {@value #MAX_SIDE} pixels on a side or {@value #MAX_PIXELS} pixels in all is refused
 * before any pixel is decoded. Phone cameras stay well under both.
 *
 * <p>A JPEG is turned upright from its EXIF orientation (see {@link ExifOrientation}) and always written as RGB,
 * whatever its colour model; one the decoder cannot read (CMYK on a Java without CMYK support) is unreadable. The
 * JPEG decoder reports a truncated or damaged file only as a warning and paints the missing part grey; such a
 * receipt could not be checked by a finance officer, so a warning refuses it too. A PNG is written back as it was
 * decoded, transparency included; PNG orientation (the rare {@code eXIf} chunk) is not applied.
 *
 * <p>All streams stay in memory: {@link ImageIO}'s default stream caches to a temporary file, and the original
 * photo, GPS position and all, must not be left on the server's disk.
 */
final class ImageReceipts {

    /** Longest side accepted, in pixels: a 200-megapixel phone camera makes about 16,000 by 12,000. */
    static final int MAX_SIDE = 12_000;

    /** Most pixels accepted: enough for any phone camera's usual setting, and about 120 MB once decoded. */
    static final long MAX_PIXELS = 40_000_000L;

    /** {@link #MAX_PIXELS} in megapixels, the second argument of {@value ReceiptCheck#DIMENSIONS}. */
    static final int MAX_MEGAPIXELS = (int) (MAX_PIXELS / 1_000_000L);

    private static final float JPEG_QUALITY = 0.9f;

    private static final Logger LOG = Logger.getLogger(ImageReceipts.class.getName());

    private ImageReceipts() {
    }

    /**
     * @param upload the uploaded bytes, already known to start like {@code type}
     * @param type   {@link ReceiptType#JPEG} or {@link ReceiptType#PNG}
     * @return the picture encoded again, without metadata
     * @throws DomainRuleViolation {@value ReceiptCheck#DIMENSIONS} or {@value ReceiptCheck#UNREADABLE}
     */
    static byte[] reencode(byte[] upload, ReceiptType type) {
        ImageReader reader = null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader = readerFor(type);
            reader.setInput(in, true, true);
            requireSensibleSize(reader.getWidth(0), reader.getHeight(0));
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage picture = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new IOException("damaged: " + warnings.size() + " decoder warnings");
            }
            return type == ReceiptType.JPEG ? jpeg(upright(picture, ExifOrientation.of(upload))) : png(picture);
        } catch (DomainRuleViolation refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // The cause's message may quote the file; only its kind is logged.
            LOG.log(Level.FINE, "Receipt image refused: {0}", unreadable.getClass().getName());
            throw new DomainRuleViolation(ReceiptCheck.UNREADABLE);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    private static void requireSensibleSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new DomainRuleViolation(ReceiptCheck.UNREADABLE);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new DomainRuleViolation(ReceiptCheck.DIMENSIONS, MAX_SIDE, MAX_MEGAPIXELS);
        }
    }

    private static ImageReader readerFor(ReceiptType type) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName(type));
        if (!readers.hasNext()) {
            throw new IOException("no " + type + " reader");
        }
        return readers.next();
    }

    private static ImageWriter writerFor(ReceiptType type) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName(type));
        if (!writers.hasNext()) {
            throw new IOException("no " + type + " writer");
        }
        return writers.next();
    }

    private static String formatName(ReceiptType type) {
        return type == ReceiptType.JPEG ? "jpeg" : "png";
    }

    /**
     * The picture upright and in plain RGB. A picture already both is returned as it is, so a large photo is not
     * held twice in memory.
     */
    private static BufferedImage upright(BufferedImage picture, ExifOrientation orientation) {
        if (orientation == ExifOrientation.UPRIGHT && picture.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return picture;
        }
        int width = picture.getWidth();
        int height = picture.getHeight();
        BufferedImage rgb = orientation.swapsSides()
                ? new BufferedImage(height, width, BufferedImage.TYPE_3BYTE_BGR)
                : new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = rgb.createGraphics();
        try {
            // quarter turns and mirrors move whole pixels: no interpolation, no blur
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(picture, orientation.transform(width, height), null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage picture) throws IOException {
        ImageWriter writer = writerFor(ReceiptType.JPEG);
        ImageWriteParam quality = writer.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(JPEG_QUALITY);
        return write(writer, picture, quality);
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        return write(writerFor(ReceiptType.PNG), picture, null);
    }

    /** Writes the picture alone: no stream metadata, no image metadata, no thumbnails. */
    private static byte[] write(ImageWriter writer, BufferedImage picture, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
