package org.nstac.portal.payment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.payment.report.Labels.Label;

/**
 * Writes members' rates next to the expert reference as CSV: a header row in the reader's language, then one row per
 * rate, and nothing else.
 *
 * <p>Columns: activity, task kind, valid from, currency, member's rate, expert reference, difference, member's rate
 * as a percentage of the reference ({@code 120.0}; empty when the reference is 0). Figures are written as {@link
 * CsvSheet} describes.
 */
public final class ParityCsv {

    private static final Label[] COLUMNS = {Label.ACTIVITY, Label.TASK_KIND, Label.VALID_FROM, Label.CURRENCY,
        Label.MEMBER_AMOUNT, Label.EXPERT_REFERENCE, Label.DIFFERENCE, Label.PERCENT_OF_REFERENCE};

    private ParityCsv() {
    }

    /**
     * Writes the CSV; the writer is flushed, not closed.
     *
     * @param text the reader's message lookup
     * @throws IllegalArgumentException when the lookup has no text for a label, before anything is written
     */
    public static void write(ParityReport report, Function<String, String> text, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Labels labels = Labels.of(text, Locale.ROOT, report.rows().stream().map(ParityReport.Row::taskKind).toList());
        CSVPrinter printer = CsvSheet.printer(out, labels.all(COLUMNS));
        for (ParityReport.Row row : report.rows()) {
            printer.printRecord(CsvSheet.text(labels.activity(row.activity())),
                    CsvSheet.text(labels.rateTaskKind(row.activity(), row.taskKind())),
                    CsvSheet.date(row.validFrom()),
                    row.memberAmount().currency().name(),
                    CsvSheet.figure(row.memberAmount()),
                    CsvSheet.figure(row.expertReference()),
                    CsvSheet.figure(row.difference()),
                    row.percentOfReference().map(BigDecimal::toPlainString).orElse(""));
        }
        printer.flush();
    }

    /** Writes the CSV as UTF-8 with a byte order mark, for spreadsheets; the stream is flushed, not closed. */
    public static void writeForSpreadsheets(ParityReport report, Function<String, String> text, OutputStream out)
            throws IOException {
        CsvSheet.forSpreadsheets(out, writer -> write(report, text, writer));
    }
}
