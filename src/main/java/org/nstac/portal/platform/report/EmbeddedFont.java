package org.nstac.portal.platform.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The one font the portal's PDFs are drawn in: Liberation Sans, which OpenPDF ships, embedded as a subset.
 *
 * <p>Why one shared font and not the PDF standard fonts: members write in Serbian Latin (č, ć, š, ž, đ) and
 * sometimes Cyrillic, which the standard fonts do not cover fully, and a reader's viewer may substitute anything
 * for a font that is not embedded. Every PDF the portal writes (consultation reports, payment statements and
 * reports) therefore uses this font, loaded once and shared, as OpenPDF allows for a font that is not cached.
 */
public final class EmbeddedFont {

    /** The font OpenPDF ships for text beyond the PDF standard fonts (Latin Extended and Cyrillic). */
    static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

    private static volatile BaseFont baseFont;

    private EmbeddedFont() {
    }

    /**
     * The font, loaded on first use.
     *
     * @throws IllegalStateException when OpenPDF no longer ships it, rather than fall back to a font that would
     *                               drop Serbian letters
     */
    public static BaseFont get() {
        BaseFont font = baseFont;
        if (font == null) {
            synchronized (EmbeddedFont.class) {
                font = baseFont;
                if (font == null) {
                    font = load();
                    baseFont = font;
                }
            }
        }
        return font;
    }

    private static BaseFont load() {
        try (InputStream in = BaseFont.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF no longer ships " + FONT_RESOURCE);
            }
            byte[] ttf = in.readAllBytes();
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.NOT_CACHED, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
