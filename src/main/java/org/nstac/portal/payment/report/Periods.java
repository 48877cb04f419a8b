package org.nstac.portal.payment.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The check that a period is a month, as the ledger keeps it.
 *
 * <p>Why checked: figures are grouped by period, and a period given as any other day would silently become a
 * group of its own next to the month it belongs to.
 */
final class Periods {

    private Periods() {
    }

    /**
     * @throws NullPointerException     without a period
     * @throws IllegalArgumentException for a day other than the first of a month
     */
    static LocalDate requireMonth(LocalDate period) {
        Objects.requireNonNull(period, "period");
        if (period.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("A period is the first day of its month: " + period);
        }
        return period;
    }
}
