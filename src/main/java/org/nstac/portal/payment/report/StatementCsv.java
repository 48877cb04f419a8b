package org.nstac.portal.payment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.payment.report.Labels.Label;

/**
 * Writes a member's statement as CSV, for the member or someone helping them to check it in a spreadsheet: a header
 * row of column names in the reader's language, then one row per payable, in the statement's order, and nothing
 * else, so a script reads it as easily as a person.
 *
 * <p>Columns: payable id, work date, month, activity, task kind, description, amount, currency, state, approved on,
 * paid on, payment reference, reason, late. Activity, task kind and state are words in the reader's language; the
 * late column holds the word for late or is empty. Figures and dates are written as {@link CsvSheet} describes.
 */
public final class StatementCsv {

    private static final Label[] COLUMNS = {Label.PAYABLE_ID, Label.WORK_DATE, Label.MONTH, Label.ACTIVITY,
        Label.TASK_KIND, Label.DESCRIPTION, Label.AMOUNT, Label.CURRENCY, Label.STATE, Label.APPROVED_ON,
        Label.PAID_ON, Label.REFERENCE, Label.REASON, Label.LATE};

    private StatementCsv() {
    }

    /**
     * Writes the CSV; the writer is flushed, not closed.
     *
     * @param text the reader's message lookup
     * @throws IllegalArgumentException when the lookup has no text for a label, before anything is written
     */
    public static void write(Statement statement, Function<String, String> text, Writer out) throws IOException {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(out, "out");
        Labels labels = Labels.of(text, Locale.ROOT, statement.lines().stream().map(StatementLine::taskKind).toList());
        CSVPrinter printer = CsvSheet.printer(out, labels.all(COLUMNS));
        for (StatementLine line : statement.lines()) {
            printer.printRecord(List.of(
                    String.valueOf(line.payableId()),
                    CsvSheet.date(line.workDate()),
                    CsvSheet.month(line.period()),
                    CsvSheet.text(labels.activity(line.activity())),
                    CsvSheet.text(labels.taskKind(line.taskKind())),
                    CsvSheet.text(line.description()),
                    CsvSheet.figure(line.amount()),
                    line.amount().currency().name(),
                    CsvSheet.text(labels.state(line.state())),
                    CsvSheet.date(line.approvedOn()),
                    CsvSheet.date(line.paidOn()),
                    CsvSheet.text(line.paymentReference()),
                    CsvSheet.text(line.reason()),
                    line.late() ? CsvSheet.text(labels.get(Label.LATE)) : ""));
        }
        printer.flush();
    }

    /** Writes the CSV as UTF-8 with a byte order mark, for spreadsheets; the stream is flushed, not closed. */
    public static void writeForSpreadsheets(Statement statement, Function<String, String> text, OutputStream out)
            throws IOException {
        CsvSheet.forSpreadsheets(out, writer -> write(statement, text, writer));
    }
}
