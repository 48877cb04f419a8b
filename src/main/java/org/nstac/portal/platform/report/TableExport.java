package org.nstac.portal.platform.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openpdf.text.Document;
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
 * One table, as a CSV a spreadsheet opens or as a PDF a person prints: the exports of the fairness view, of
 * meetings and of attendance. Each feature builds the rows (already in the reader's language); this class only
 * writes them, the same way for all.
 *
 * <p>CSV: UTF-8 with a byte order mark (Excel needs it for č, ć, š, ž, đ), RFC 4180, every text cell through
 * {@link CsvCells#neutralise} (a pseudonym or a title could start like a formula), figures as plain decimals.
 * PDF: A4 landscape in the {@link EmbeddedFont}, the reader's language declared for screen readers, a title, lead
 * lines, and the table with its header repeated on every page, numbered pages.
 *
 * @param title   the document's title (and the PDF's heading)
 * @param lead    lines said before the table (the period, what the figures mean); may be empty
 * @param headers the columns' headings
 * @param rows    the rows, each with one cell per heading
 */
public record TableExport(String title, List<String> lead, List<String> headers, List<List<String>> rows) {

    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    public TableExport {
        Objects.requireNonNull(title, "title");
        lead = List.copyOf(lead);
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("One cell per heading in every row");
            }
        }
    }

    /** Writes the CSV (header row, then the rows); the stream is flushed, not closed. */
    public void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(headers.stream().map(CsvCells::neutralise).toArray(String[]::new)).get());
        for (List<String> row : rows) {
            csv.printRecord(row.stream().map(CsvCells::neutralise).toList());
        }
        csv.flush();
        writer.flush();
    }

    /** Writes the PDF in the reader's language; the stream is not closed. */
    public void writePdf(OutputStream out, Locale locale) throws IOException {
        try {
            BaseFont font = EmbeddedFont.get();
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(title);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            writer.setPageEvent(new PageNumbers(new Font(font, 8f)));
            document.open();
            try {
                Paragraph heading = new Paragraph(title, new Font(font, 16f, Font.BOLD));
                heading.setSpacingAfter(6);
                document.add(heading);
                Font body = new Font(font, 10f);
                for (String line : lead) {
                    document.add(new Paragraph(line, body));
                }
                PdfPTable table = new PdfPTable(headers.size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                table.setSpacingBefore(8);
                Font head = new Font(font, 8.5f, Font.BOLD);
                Font cell = new Font(font, 8.5f);
                for (String header : headers) {
                    PdfPCell c = new PdfPCell(new Phrase(header, head));
                    c.setBackgroundColor(HEADER_FILL);
                    c.setPadding(3);
                    table.addCell(c);
                }
                for (List<String> row : rows) {
                    for (String text : row) {
                        PdfPCell c = new PdfPCell(new Phrase(text, cell));
                        c.setPadding(3);
                        table.addCell(c);
                    }
                }
                document.add(table);
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
}
