package org.nstac.portal.platform.report;

import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Numbers each page at the foot, in the document's own font.
 *
 * <p>Why not OpenPDF's numbered footer: it draws in Helvetica, which would be the one font in the file that is not
 * embedded, and the one a viewer may substitute.
 */
public final class PageNumbers extends PdfPageEventHelper {

    private final Font font;

    /** Numbers pages in {@code font}, normally the {@link EmbeddedFont} at a small size. */
    public PageNumbers(Font font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float middle = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(String.valueOf(writer.getPageNumber()), font), middle, document.bottom() - 24, 0);
    }
}
