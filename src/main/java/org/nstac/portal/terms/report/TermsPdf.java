package org.nstac.portal.terms.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.platform.report.EmbeddedFont;
import org.nstac.portal.platform.report.PageNumbers;
import org.openpdf.text.Document;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the engagement terms a member accepted as a PDF to keep: the version, the day it was accepted, the text in
 * the reader's language, then the rate card as it stood that day (what each activity paid the member, next to the
 * expert reference). Drawn in the portal's embedded font so that Serbian letters survive; every text is set as text.
 */
public final class TermsPdf {

    private static final float MARGIN = 56f;

    /** What the PDF holds; the labels come from the reader's bundle through {@code text}. */
    public record Content(int version, LocalDate acceptedOn, String pseudonym, List<String> paragraphs,
            List<Rate> rates, LocalDate ratesOn) {
    }

    private TermsPdf() {
    }

    /**
     * Writes the PDF; the stream is not closed.
     *
     * @param text   the reader's message lookup (keys {@code terms.pdf.*}, {@code Activity.*})
     * @param locale the reader's locale, for numbers and dates
     * @throws IOException when the stream fails
     */
    public static void write(Content content, Function<String, String> text, Locale locale, OutputStream out)
            throws IOException {
        Objects.requireNonNull(content, "content");
        try {
            draw(content, text, locale, out);
        } catch (ExceptionConverter wrapped) {
            if (wrapped.getException() instanceof IOException io) {
                throw io;
            }
            throw wrapped;
        }
    }

    private static void draw(Content c, Function<String, String> text, Locale locale, OutputStream out) {
        BaseFont base = EmbeddedFont.get();
        Font title = new Font(base, 18f, Font.BOLD);
        Font heading = new Font(base, 13f, Font.BOLD);
        Font body = new Font(base, 10.5f);
        Font small = new Font(base, 9f);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String heading1 = java.text.MessageFormat.format(text.apply("terms.pdf.title"), c.version());
        document.addTitle(heading1);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        writer.setPageEvent(new PageNumbers(small));
        document.open();
        try {
            Paragraph t = new Paragraph(heading1, title);
            t.setSpacingAfter(6);
            document.add(t);
            document.add(new Paragraph(text.apply("terms.pdf.member") + ": " + c.pseudonym(), body));
            document.add(new Paragraph(text.apply("terms.pdf.acceptedOn") + ": " + dates.format(c.acceptedOn()),
                    body));
            for (String paragraph : c.paragraphs()) {
                Paragraph p = new Paragraph(paragraph, body);
                p.setSpacingBefore(8);
                document.add(p);
            }
            Paragraph h = new Paragraph(text.apply("terms.pdf.rates") + " (" + dates.format(c.ratesOn()) + ")",
                    heading);
            h.setSpacingBefore(14);
            h.setSpacingAfter(6);
            document.add(h);
            PdfPTable table = new PdfPTable(new float[] {4, 2.4f, 2.4f, 2.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : List.of("terms.rates.activity", "terms.rates.member", "terms.rates.expert",
                    "terms.rates.from")) {
                table.addCell(cell(text.apply(header), small));
            }
            for (Rate r : c.rates()) {
                table.addCell(cell(text.apply("Activity." + r.activity().name())
                        + (r.taskKind() == null ? "" : " · " + r.taskKind()), body));
                table.addCell(cell(money(r.memberAmount().amount(), locale) + " " + r.memberAmount().currency().name(),
                        body));
                table.addCell(cell(money(r.expertReference().amount(), locale) + " "
                        + r.expertReference().currency().name(), body));
                table.addCell(cell(dates.format(r.validFrom()), body));
            }
            document.add(table);
        } finally {
            document.close();
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.scale());
        format.setMaximumFractionDigits(amount.scale());
        return format.format(amount);
    }
}
