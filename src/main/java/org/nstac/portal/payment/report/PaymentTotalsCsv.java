package org.nstac.portal.payment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.payment.report.Labels.Label;

/**
 * Writes the council's payment totals as CSV, for finance officers to work with in a spreadsheet: a header row in
 * the reader's language, then one row per grouping, group and currency, and nothing else.
 *
 * <p>Columns: grouping, group, currency, accrued, pending, approved (not yet paid), paid, not paid, of which late.
 * The grouping is the word for all payments, month, activity, member or funder; the group is empty for all payments,
 * the month as {@code yyyy-MM}, the activity in the reader's language, the member's pseudonym, or the funder
 * ({@code COUNCIL_BUDGET}, {@code MINISTRY justice}, {@code DONOR name}). Figures are written as
 * {@link CsvSheet} describes.
 */
public final class PaymentTotalsCsv {

    private static final Label[] COLUMNS = {Label.GROUPING, Label.GROUP, Label.CURRENCY, Label.ACCRUED,
        Label.PENDING, Label.APPROVED_UNPAID, Label.PAID, Label.NOT_PAID, Label.OF_WHICH_LATE};

    private PaymentTotalsCsv() {
    }

    /**
     * Writes the CSV; the writer is flushed, not closed.
     *
     * @param text the reader's message lookup
     * @throws IllegalArgumentException when the lookup has no text for a label, before anything is written
     */
    public static void write(PaymentTotalsReport report, Function<String, String> text, Writer out)
            throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Labels labels = Labels.of(text, Locale.ROOT, List.of());
        CSVPrinter printer = CsvSheet.printer(out, labels.all(COLUMNS));
        rows(printer, labels.get(Label.TOTAL), Map.of("", report.overall()), group -> group);
        rows(printer, labels.get(Label.MONTH), report.byPeriod(), CsvSheet::month);
        rows(printer, labels.get(Label.ACTIVITY), report.byActivity(), labels::activity);
        rows(printer, labels.get(Label.MEMBER), report.byMember(), member -> member);
        rows(printer, labels.get(Label.FUNDER), report.byFunder(), funder -> funder);
        printer.flush();
    }

    /** Writes the CSV as UTF-8 with a byte order mark, for spreadsheets; the stream is flushed, not closed. */
    public static void writeForSpreadsheets(PaymentTotalsReport report, Function<String, String> text,
            OutputStream out) throws IOException {
        CsvSheet.forSpreadsheets(out, writer -> write(report, text, writer));
    }

    /** One row per group and currency, in the groups' order. */
    private static <K> void rows(CSVPrinter printer, String grouping, Map<K, List<Totals>> groups,
            Function<K, String> name) throws IOException {
        for (Map.Entry<K, List<Totals>> group : groups.entrySet()) {
            for (Totals totals : group.getValue()) {
                printer.printRecord(CsvSheet.text(grouping), CsvSheet.text(name.apply(group.getKey())),
                        totals.currency().name(), CsvSheet.figure(totals.accrued()), CsvSheet.figure(totals.pending()),
                        CsvSheet.figure(totals.approvedUnpaid()), CsvSheet.figure(totals.paid()),
                        CsvSheet.figure(totals.notPaid()), CsvSheet.figure(totals.late()));
            }
        }
    }
}
