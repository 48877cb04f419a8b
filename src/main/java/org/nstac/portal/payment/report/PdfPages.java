package org.nstac.portal.payment.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.nstac.portal.platform.report.EmbeddedFont;
import org.nstac.portal.platform.report.PageNumbers;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One payment PDF being written: an A4 page on its side, a title, headings, labelled facts and tables, all in the
 * portal's {@link EmbeddedFont} so that Serbian letters print and no viewer substitutes a font.
 *
 * <p>Why on its side: a statement's tables have eight columns of amounts and dates, which would wrap digit by digit
 * on an upright page. Everything is set as text, so a description that looks like markup prints as written.
 */
final class PdfPages {

    /** What a report puts on its pages. */
    @FunctionalInterface
    interface Content {
        void write(PdfPages pages);
    }

    private static final float MARGIN = 40f;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    private final Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
    private final Font title;
    private final Font heading;
    private final Font strong;
    private final Font body;
    private final Font small;
    private final Font tableHead;
    private final Font tableBody;

    private PdfPages() {
        BaseFont font = EmbeddedFont.get();
        title = new Font(font, 16f, Font.BOLD);
        heading = new Font(font, 12f, Font.BOLD);
        strong = new Font(font, 10f, Font.BOLD);
        body = new Font(font, 10f);
        small = new Font(font, 8f);
        tableHead = new Font(font, 8.5f, Font.BOLD);
        tableBody = new Font(font, 8.5f);
    }

    /**
     * Writes a PDF with {@code content}. The stream is not closed.
     *
     * @param title    the document's title in its properties
     * @param labels   the reader's language, which the PDF declares for screen readers
     * @throws IOException when the stream fails
     */
    static void write(OutputStream out, String title, Labels labels, Content content) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            new PdfPages().writeTo(out, title, labels, content);
        } catch (ExceptionConverter wrapped) {
            // OpenPDF wraps the stream's IOException; the caller should see it as one.
            if (wrapped.getException() instanceof IOException io) {
                throw io;
            }
            throw wrapped;
        }
    }

    private void writeTo(OutputStream out, String documentTitle, Labels labels, Content content) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(documentTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.locale().toLanguageTag()));
        writer.setPageEvent(new PageNumbers(small));
        document.open();
        try {
            content.write(this);
        } finally {
            document.close();
        }
    }

    void title(String text) {
        Paragraph paragraph = new Paragraph(text, title);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    void heading(String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** "Label: value" on a line of its own. */
    void fact(String label, String value) {
        Paragraph line = new Paragraph();
        line.setFont(body);
        line.add(new Chunk(label + ": ", strong));
        line.add(new Chunk(value, body));
        document.add(line);
    }

    void paragraph(String text) {
        document.add(new Paragraph(text, body));
    }

    void note(String text) {
        Paragraph paragraph = new Paragraph(text, small);
        paragraph.setSpacingBefore(3);
        document.add(paragraph);
    }

    /**
     * A table with a header row that repeats on every page it spans.
     *
     * @param widths  the columns' relative widths
     * @param headers the columns' headings, one per width
     */
    Table table(float[] widths, List<String> headers) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("One heading per column");
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, tableHead));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(padded(cell));
        }
        return new Table(table);
    }

    private static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** A table being filled, row by row, left to right. */
    final class Table {

        private final PdfPTable table;

        private Table(PdfPTable table) {
            this.table = table;
        }

        /** A cell of text; {@code null} leaves it empty. */
        Table text(String text) {
            table.addCell(padded(new PdfPCell(new Phrase(text == null ? "" : text, tableBody))));
            return this;
        }

        /** A cell of lines, one under the other; empty and missing lines are left out. */
        Table lines(String... lines) {
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                if (line != null && !line.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n").append(line);
                }
            }
            return text(text.toString());
        }

        /** A cell of figures, aligned right so that digits line up. */
        Table figure(String text) {
            PdfPCell cell = new PdfPCell(new Phrase(text, tableBody));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(padded(cell));
            return this;
        }

        /** Puts the table on the page. */
        void end() {
            document.add(table);
        }
    }
}
