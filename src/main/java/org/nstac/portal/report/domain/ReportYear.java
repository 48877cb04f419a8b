package org.nstac.portal.report.domain;

import java.time.LocalDate;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Which calendar years a report may be drafted for: this year (figures so far) and past ones; never a future year,
 * of which nothing is known yet. Years before the portal's era are refused as mistyped.
 */
public final class ReportYear {

    public static final String FUTURE = "report.year.future";
    public static final String INVALID = "report.year.invalid";
    public static final int FIRST = 2000;

    private ReportYear() {
    }

    /** @throws DomainRuleViolation {@value #FUTURE} after the council's current year, {@value #INVALID} before 2000 */
    public static int require(int year, LocalDate today) {
        if (year > today.getYear()) {
            throw new DomainRuleViolation(FUTURE, String.valueOf(year));
        }
        if (year < FIRST) {
            throw new DomainRuleViolation(INVALID, String.valueOf(year));
        }
        return year;
    }

    /** The first day of the year, and its last day or {@code today} if the year is still running. */
    public static LocalDate lastDay(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }
}
