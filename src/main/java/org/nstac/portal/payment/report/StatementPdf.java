package org.nstac.portal.payment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.nstac.portal.payment.report.Labels.Label;

/**
 * Writes a member's statement as a PDF to read, print or take to an adviser: the member's pseudonym and the days
 * covered, the totals (overall, per month, per activity), then every payable with its state, when it was approved
 * and paid, the payment reference, why it was not paid, and a mark on each one that is late.
 *
 * <p>Why the totals come first: a member checks first whether everything owed has been paid, and only then looks
 * for the line that explains a difference.
 */
public final class StatementPdf {

    private static final float[] LINE_WIDTHS = {1.6f, 2.6f, 4, 2, 1.8f, 2.2f, 3.2f, 1.1f};

    private StatementPdf() {
    }

    /**
     * Writes the statement; the stream is not closed.
     *
     * @param text   the reader's message lookup
     * @param locale the reader's locale, for numbers and dates
     * @throws IllegalArgumentException when the lookup has no text for a label, before anything is written
     * @throws IOException              when the stream fails
     */
    public static void write(Statement statement, Function<String, String> text, Locale locale, OutputStream out)
            throws IOException {
        Objects.requireNonNull(statement, "statement");
        Labels labels = Labels.of(text, locale, statement.lines().stream().map(StatementLine::taskKind).toList());
        String title = labels.get(Label.STATEMENT_TITLE);
        PdfPages.write(out, title + ": " + statement.pseudonym(), labels, pages -> {
            pages.title(title);
            pages.fact(labels.get(Label.MEMBER), statement.pseudonym());
            pages.fact(labels.get(Label.PERIOD), labels.span(statement.from(), statement.to()));
            if (statement.lines().isEmpty()) {
                pages.heading(labels.get(Label.TOTAL));
                pages.paragraph(labels.get(Label.NO_PAYMENTS));
                return;
            }
            totals(pages, labels, statement);
            lines(pages, labels, statement.lines());
        });
    }

    private static void totals(PdfPages pages, Labels labels, Statement statement) {
        pages.heading(labels.get(Label.TOTAL));
        TotalsTable.overall(pages, labels, statement.overall());
        if (statement.anyLate()) {
            pages.note(labels.get(Label.LATE_NOTE));
        }
        pages.heading(labels.get(Label.BY_MONTH));
        Map<String, List<Totals>> months = new LinkedHashMap<>();
        statement.byPeriod().forEach((period, totals) -> months.put(labels.month(period), totals));
        TotalsTable.grouped(pages, labels, Label.MONTH, months);
        pages.heading(labels.get(Label.BY_ACTIVITY));
        Map<String, List<Totals>> activities = new LinkedHashMap<>();
        statement.byActivity().forEach((activity, totals) -> activities.put(labels.activity(activity), totals));
        TotalsTable.grouped(pages, labels, Label.ACTIVITY, activities);
    }

    private static void lines(PdfPages pages, Labels labels, List<StatementLine> lines) {
        pages.heading(labels.get(Label.STATEMENT_LINES));
        PdfPages.Table table = pages.table(LINE_WIDTHS, List.of(labels.get(Label.WORK_DATE),
                labels.get(Label.ACTIVITY), labels.get(Label.DESCRIPTION), labels.get(Label.AMOUNT),
                labels.get(Label.STATE), labels.get(Label.PAID_ON) + " / " + labels.get(Label.REFERENCE),
                labels.get(Label.REASON), labels.get(Label.LATE)));
        for (StatementLine line : lines) {
            table.text(labels.date(line.workDate()))
                    .lines(labels.activity(line.activity()), labels.taskKind(line.taskKind()))
                    .text(line.description())
                    .figure(labels.money(line.amount()))
                    .lines(labels.state(line.state()), line.approvedOn() == null ? null
                            : labels.get(Label.APPROVED_ON) + ": " + labels.date(line.approvedOn()))
                    .lines(labels.date(line.paidOn()), line.paymentReference())
                    .text(line.reason())
                    .text(line.late() ? labels.get(Label.LATE) : "");
        }
        table.end();
    }
}
