package org.nstac.portal.payment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nstac.portal.payment.report.Labels.Label;

/**
 * {@link Totals} as a PDF table: one row per group and currency, with the group's name, the currency and the six
 * figures. Every payment PDF shows its totals this way, so a member and a finance officer read the same columns.
 */
final class TotalsTable {

    private static final Label[] FIGURES = {Label.CURRENCY, Label.ACCRUED, Label.PENDING, Label.APPROVED_UNPAID,
        Label.PAID, Label.NOT_PAID, Label.OF_WHICH_LATE};

    private TotalsTable() {
    }

    /** The overall totals, without a group column. */
    static void overall(PdfPages pages, Labels labels, List<Totals> totals) {
        PdfPages.Table table = pages.table(widths(false), labels.all(FIGURES));
        totals.forEach(t -> figures(table, labels, t));
        table.end();
    }

    /**
     * The totals of each group.
     *
     * @param group  the group column's heading ("Month", "Activity", "Member")
     * @param groups each group's name, in reading order, with its totals
     */
    static void grouped(PdfPages pages, Labels labels, Label group, Map<String, List<Totals>> groups) {
        List<String> headers = new ArrayList<>();
        headers.add(labels.get(group));
        headers.addAll(labels.all(FIGURES));
        PdfPages.Table table = pages.table(widths(true), headers);
        groups.forEach((name, totals) -> totals.forEach(t -> figures(table.text(name), labels, t)));
        table.end();
    }

    private static void figures(PdfPages.Table table, Labels labels, Totals totals) {
        table.text(totals.currency().name())
                .figure(labels.amount(totals.accrued()))
                .figure(labels.amount(totals.pending()))
                .figure(labels.amount(totals.approvedUnpaid()))
                .figure(labels.amount(totals.paid()))
                .figure(labels.amount(totals.notPaid()))
                .figure(labels.amount(totals.late()));
    }

    private static float[] widths(boolean withGroup) {
        float[] figures = {1.2f, 2, 2, 2, 2, 2, 2};
        if (!withGroup) {
            return figures;
        }
        float[] widths = new float[figures.length + 1];
        widths[0] = 3;
        System.arraycopy(figures, 0, widths, 1, figures.length);
        return widths;
    }
}
