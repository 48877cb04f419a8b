package org.nstac.portal.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import org.nstac.portal.platform.report.EmbeddedFont;
import org.nstac.portal.platform.report.PageNumbers;
import org.openpdf.text.Document;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The annual report as a PDF to print and send on: title, status, the chair's foreword, then each section's figures
 * in a two-column table. The embedded font (shared with the other reports) covers Serbian Latin; all text is set as
 * text, never read as markup.
 */
public final class AnnualPdf {

    private static final float MARGIN = 56f;

    private AnnualPdf() {
    }

    public static void write(ReportLines.Shown shown, Locale locale, OutputStream out) throws IOException {
        BaseFont base = EmbeddedFont.get();
        Font title = new Font(base, 18f, Font.BOLD);
        Font heading = new Font(base, 13f, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 9f);
        ResourceBundle bundle = ResourceBundle.getBundle("org.nstac.portal.i18n.messages", locale);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(shown.title());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            writer.setPageEvent(new PageNumbers(small));
            document.open();
            try {
                Paragraph t = new Paragraph(shown.title(), title);
                t.setSpacingAfter(6);
                document.add(t);
                document.add(new Paragraph(shown.status() + " · " + bundle.getString("report.asOf") + " "
                        + shown.asOf(), small));
                if (shown.foreword() != null) {
                    document.add(spaced(new Paragraph(bundle.getString("report.foreword"), heading)));
                    document.add(new Paragraph(shown.foreword(), body));
                }
                for (ReportLines.Section section : shown.sections()) {
                    document.add(spaced(new Paragraph(section.title(), heading)));
                    PdfPTable table = new PdfPTable(new float[] {3f, 1.2f});
                    table.setWidthPercentage(100);
                    table.setSpacingBefore(4);
                    for (ReportLines.Line line : section.lines()) {
                        table.addCell(new org.openpdf.text.Phrase(line.label(), body));
                        table.addCell(new org.openpdf.text.Phrase(line.value(), body));
                    }
                    document.add(table);
                }
                document.add(spaced(new Paragraph(bundle.getString("report.fewerThan3.note"), small)));
            } finally {
                document.close();
            }
        } catch (ExceptionConverter wrapped) {
            if (wrapped.getException() instanceof IOException io) {
                throw io;
            }
            throw wrapped;
        }
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }
}
