package org.nstac.portal.payment.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.nstac.portal.shared.DomainRuleViolation;

/** Months as the API and pages take them: {@code 2026-11} (a full date is read as its month). */
final class Months {

    private Months() {
    }

    /** The first day of the month given, or {@code null} for none. */
    static LocalDate start(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.length() == 7 ? YearMonth.parse(t).atDay(1) : LocalDate.parse(t).withDayOfMonth(1);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("payment.month.format");
        }
    }
}
