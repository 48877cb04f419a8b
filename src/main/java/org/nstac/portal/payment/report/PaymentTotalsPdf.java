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
 * Writes the council's payment totals as a PDF for finance officers and the council: the days covered, then the
 * totals overall, per month, per activity and per member, each per currency.
 */
public final class PaymentTotalsPdf {

    private PaymentTotalsPdf() {
    }

    /**
     * Writes the report; the stream is not closed.
     *
     * @param text   the reader's message lookup
     * @param locale the reader's locale, for numbers and dates
     * @throws IllegalArgumentException when the lookup has no text for a label, before anything is written
     * @throws IOException              when the stream fails
     */
    public static void write(PaymentTotalsReport report, Function<String, String> text, Locale locale,
            OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Labels labels = Labels.of(text, locale, List.of());
        String title = labels.get(Label.REPORT_TITLE);
        PdfPages.write(out, title, labels, pages -> {
            pages.title(title);
            pages.fact(labels.get(Label.PERIOD), labels.span(report.from(), report.to()));
            pages.heading(labels.get(Label.TOTAL));
            if (report.rows().isEmpty()) {
                pages.paragraph(labels.get(Label.NO_PAYMENTS));
                return;
            }
            TotalsTable.overall(pages, labels, report.overall());
            pages.heading(labels.get(Label.BY_MONTH));
            Map<String, List<Totals>> months = new LinkedHashMap<>();
            report.byPeriod().forEach((period, totals) -> months.put(labels.month(period), totals));
            TotalsTable.grouped(pages, labels, Label.MONTH, months);
            pages.heading(labels.get(Label.BY_ACTIVITY));
            Map<String, List<Totals>> activities = new LinkedHashMap<>();
            report.byActivity().forEach((activity, totals) -> activities.put(labels.activity(activity), totals));
            TotalsTable.grouped(pages, labels, Label.ACTIVITY, activities);
            pages.heading(labels.get(Label.BY_MEMBER));
            TotalsTable.grouped(pages, labels, Label.MEMBER, report.byMember());
            pages.heading(labels.get(Label.BY_FUNDER));
            TotalsTable.grouped(pages, labels, Label.FUNDER, report.byFunder());
        });
    }
}
