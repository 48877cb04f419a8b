package org.nstac.portal.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The share of a month's stipend a member is paid: the days of the month they held the role and took part, out of the
 * month's days. A pause or withdrawal lowers it day by day; nothing else does, and nothing is asked about why.
 *
 * @param month       the month
 * @param daysPaid    the days that count
 * @param daysInMonth all the month's days
 */
public record StipendShare(YearMonth month, int daysPaid, int daysInMonth) {

    public StipendShare {
        Objects.requireNonNull(month, "month");
        if (daysInMonth != month.lengthOfMonth() || daysPaid < 0 || daysPaid > daysInMonth) {
            throw new IllegalArgumentException("A share is 0 to all days of its month");
        }
    }

    /** The share as a quantity of months, exact to ten decimals (the ledger rounds the amount once, to cents). */
    public BigDecimal quantity() {
        return BigDecimal.valueOf(daysPaid).divide(BigDecimal.valueOf(daysInMonth), 10, RoundingMode.HALF_UP);
    }

    /** What the share comes to of a monthly amount, rounded half up to cents. */
    public BigDecimal of(BigDecimal monthly) {
        return monthly.multiply(BigDecimal.valueOf(daysPaid)).divide(BigDecimal.valueOf(daysInMonth), 2,
                RoundingMode.HALF_UP);
    }

    /**
     * The days of a month a stipend covers: from its first month's first day (or the month's) to the day it ended
     * (or the month's last day).
     *
     * @param endedOn the day the stipend was ended early, or null
     */
    public static LocalDate[] coveredDays(YearMonth month, LocalDate endedOn) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (endedOn != null && endedOn.isBefore(last)) {
            last = endedOn;
        }
        return new LocalDate[] {first, last};
    }
}
