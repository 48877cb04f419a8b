package org.nstac.portal.payment.receipt;

import java.awt.geom.AffineTransform;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How a phone photo must be turned to be seen upright, read from the EXIF orientation tag.
 *
 * <p>Why the portal reads one tag of the metadata it throws away: phones store a portrait photo lying on its side
 * and only note in EXIF that it must be turned. Once the EXIF is stripped, a receipt photographed upright would
 * reach the finance officer sideways or upside down. So the orientation is read first, the pixels are turned, and
 * the tag goes with the rest of the metadata.
 *
 * <p>Only the tag in the first image directory (the picture itself, not its thumbnail) counts. Anything unexpected
 * (no EXIF, a damaged one, a value outside 1 to 8) means upright: turning a photo wrongly is worse than not turning
 * it.
 */
enum ExifOrientation {

    /** 1: stored as it should be seen. */
    UPRIGHT,
    /** 2: mirrored left to right. */
    MIRRORED,
    /** 3: upside down. */
    UPSIDE_DOWN,
    /** 4: mirrored top to bottom. */
    MIRRORED_UPSIDE_DOWN,
    /** 5: mirrored along the diagonal from the top left corner. */
    TRANSPOSED,
    /** 6: must be turned a quarter clockwise. */
    TURN_CLOCKWISE,
    /** 7: mirrored along the other diagonal. */
    TRANSVERSED,
    /** 8: must be turned a quarter anticlockwise. */
    TURN_ANTICLOCKWISE;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    private static final int ENTRY_BYTES = 12;

    /** The orientation a JPEG's EXIF asks for, {@link #UPRIGHT} when it asks for none or cannot be read. */
    static ExifOrientation of(byte[] jpeg) {
        return JpegSegments.exif(jpeg).map(ExifOrientation::fromTiff).orElse(UPRIGHT);
    }

    /** Whether the picture must be turned a quarter, so that its width and height swap. */
    boolean swapsSides() {
        return ordinal() >= TRANSPOSED.ordinal();
    }

    /**
     * The transform from the stored picture, {@code width} by {@code height} pixels, to the upright one. Each entry
     * maps a pixel's corner {@code (x, y)} to its corner in the upright picture.
     */
    AffineTransform transform(int width, int height) {
        // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        return switch (this) {
            case UPRIGHT -> new AffineTransform();
            case MIRRORED -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case UPSIDE_DOWN -> new AffineTransform(-1, 0, 0, -1, width, height);
            case MIRRORED_UPSIDE_DOWN -> new AffineTransform(1, 0, 0, -1, 0, height);
            case TRANSPOSED -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case TURN_CLOCKWISE -> new AffineTransform(0, 1, -1, 0, height, 0);
            case TRANSVERSED -> new AffineTransform(0, -1, -1, 0, height, width);
            case TURN_ANTICLOCKWISE -> new AffineTransform(0, -1, 1, 0, 0, width);
        };
    }

    private static ExifOrientation fromTiff(byte[] tiff) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(tiff);
            short byteOrder = buffer.getShort(0);
            if (byteOrder == 0x4949) {
                buffer.order(ByteOrder.LITTLE_ENDIAN); // "II", Intel
            } else if (byteOrder != 0x4D4D) {
                return UPRIGHT; // neither "II" nor "MM"
            }
            int directory = buffer.getInt(4);
            int entries = Short.toUnsignedInt(buffer.getShort(directory));
            for (int i = 0; i < entries; i++) {
                int entry = directory + 2 + i * ENTRY_BYTES;
                if (Short.toUnsignedInt(buffer.getShort(entry)) == ORIENTATION_TAG) {
                    return Short.toUnsignedInt(buffer.getShort(entry + 2)) == SHORT
                            ? fromTagValue(Short.toUnsignedInt(buffer.getShort(entry + 8)))
                            : UPRIGHT;
                }
            }
            return UPRIGHT;
        } catch (IndexOutOfBoundsException | BufferUnderflowException damaged) {
            return UPRIGHT;
        }
    }

    private static ExifOrientation fromTagValue(int value) {
        return value >= 1 && value <= values().length ? values()[value - 1] : UPRIGHT;
    }
}
