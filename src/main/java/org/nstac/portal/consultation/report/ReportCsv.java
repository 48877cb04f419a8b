package org.nstac.portal.consultation.report;

import org.nstac.portal.platform.report.CsvCells;
import org.nstac.portal.platform.report.EmbeddedFont;
import org.nstac.portal.platform.report.PageNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.consultation.report.ReportLabels.Label;

/**
 * Writes a consultation's comments and answers as CSV, for the secretariat and the ministry to sort and count in
 * a spreadsheet: one row per comment, whole-draft comments first, then by section and date.
 *
 * <p>Columns: section (number, or the translated "whole draft"), author label, comment, posted, disposition
 * (translated), reason, answered. Dates are {@code yyyy-MM-dd HH:mm} in the labels' zone. RFC 4180 quoting keeps
 * commas, quotes and line breaks inside a cell, and every cell, headers included, goes through
 * {@link CsvCells#neutralise} so no cell starts like a formula.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** Writes the CSV; the writer is flushed, not closed. */
    public static void write(ConsultationReport report, Writer out) throws IOException {
        ReportLabels labels = report.labels();
        String[] header = Arrays.stream(new Label[] {Label.SECTION, Label.AUTHOR, Label.BODY, Label.POSTED,
            Label.DISPOSITION, Label.REASON, Label.ANSWERED})
                .map(labels::get)
                .map(CsvCells::neutralise)
                .toArray(String[]::new);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (ReportComment comment : report.commentsInReadingOrder()) {
            printer.printRecord(Arrays.stream(new String[] {
                comment.isOnWholeDraft() ? labels.get(Label.WHOLE_DRAFT) : String.valueOf(comment.sectionNumber()),
                comment.authorLabel(),
                comment.body(),
                labels.csvDateTime(comment.postedAt()),
                comment.isAnswered() ? labels.disposition(comment.disposition()) : "",
                comment.reason(),
                date(labels, comment.answeredAt())
            }).map(CsvCells::neutralise));
        }
        printer.flush();
    }

    /**
     * Writes the CSV as UTF-8 with a byte order mark, which Excel needs to show č, ć, š, ž and đ rather than
     * guessing a Windows code page. The stream is flushed, not closed.
     */
    public static void writeForSpreadsheets(ConsultationReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        write(report, writer);
        writer.flush();
    }

    private static String date(ReportLabels labels, Instant instant) {
        return instant == null ? "" : labels.csvDateTime(instant);
    }
}
