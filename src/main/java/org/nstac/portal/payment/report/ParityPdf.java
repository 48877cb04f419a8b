package org.nstac.portal.payment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.nstac.portal.payment.report.Labels.Label;

/**
 * Writes members' rates next to the expert reference as a PDF, for the council, finance officers and anyone who
 * asks how members are paid: a sentence stating the rule, then one row per rate with the difference and the
 * member's rate as a percentage of the reference.
 */
public final class ParityPdf {

    private static final Label[] COLUMNS = {Label.ACTIVITY, Label.TASK_KIND, Label.VALID_FROM, Label.MEMBER_AMOUNT,
        Label.EXPERT_REFERENCE, Label.DIFFERENCE, Label.PERCENT_OF_REFERENCE};
    private static final float[] WIDTHS = {3, 2.6f, 1.8f, 2.2f, 2.2f, 2.2f, 2};

    private ParityPdf() {
    }

    /**
     * Writes the report; the stream is not closed.
     *
     * @param text   the reader's message lookup
     * @param locale the reader's locale, for numbers and dates
     * @throws IllegalArgumentException when the lookup has no text for a label, before anything is written
     * @throws IOException              when the stream fails
     */
    public static void write(ParityReport report, Function<String, String> text, Locale locale, OutputStream out)
            throws IOException {
        Objects.requireNonNull(report, "report");
        Labels labels = Labels.of(text, locale, report.rows().stream().map(ParityReport.Row::taskKind).toList());
        String title = labels.get(Label.PARITY_TITLE);
        PdfPages.write(out, title, labels, pages -> {
            pages.title(title);
            pages.paragraph(labels.get(Label.PARITY_INTRO));
            if (report.rows().isEmpty()) {
                pages.paragraph(labels.get(Label.NO_RATES));
                return;
            }
            PdfPages.Table table = pages.table(WIDTHS, labels.all(COLUMNS));
            for (ParityReport.Row row : report.rows()) {
                table.text(labels.activity(row.activity()))
                        .text(labels.rateTaskKind(row.activity(), row.taskKind()))
                        .text(labels.date(row.validFrom()))
                        .figure(labels.money(row.memberAmount()))
                        .figure(labels.money(row.expertReference()))
                        .figure(labels.money(row.difference()))
                        .figure(row.percentOfReference().map(labels::percent)
                                .orElseGet(() -> labels.get(Label.NO_REFERENCE)));
            }
            table.end();
        });
    }
}
