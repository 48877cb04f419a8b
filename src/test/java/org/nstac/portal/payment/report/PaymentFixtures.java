package org.nstac.portal.payment.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * A member's payments as they really come: every state, two currencies, two months, a late approval, Serbian
 * letters, and a description someone typed to look like a spreadsheet formula.
 */
final class PaymentFixtures {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");
    static final String FORMULA = "=HYPERLINK(\"http://x\",\"klik\")";
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    private PaymentFixtures() {
    }

    /** The portal's own words in {@code locale}, as the integrator passes them: a missing key throws. */
    static Function<String, String> text(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.nstac.portal.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle::getString;
    }

    static Money rsd(String amount) {
        return new Money(new BigDecimal(amount), Currency.RSD);
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), Currency.EUR);
    }

    static StatementLine line(long id, LocalDate workDate, Activity activity, Money amount, PayableState state) {
        return new StatementLine(id, workDate, workDate.withDayOfMonth(1), activity, null, null, amount, state, null,
                null, null, null, false);
    }

    /** Seven lines, given out of order: March and April, dinars and one amount in euros, every state. */
    static List<StatementLine> lines() {
        return List.of(
                new StatementLine(7, LocalDate.of(2026, 4, 20), APRIL, Activity.TRAVEL_PER_KM, null,
                        "Beograd – Užice i nazad", rsd("2400.00"), PayableState.ACCRUED, null, null, null, null,
                        false),
                new StatementLine(3, LocalDate.of(2026, 3, 12), MARCH, Activity.TASK_HOUR, "TRANSLATION",
                        "Prevod uputstva, 2 sata", rsd("3000.00"), PayableState.PAID, LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 3, 28), "UPL-2026-0312", null, false),
                new StatementLine(1, LocalDate.of(2026, 3, 5), MARCH, Activity.MEETING_DAY, null,
                        "Sednica saveta", rsd("1500.00"), PayableState.PAID, LocalDate.of(2026, 3, 10),
                        LocalDate.of(2026, 3, 15), "UPL-2026-0305", null, false),
                new StatementLine(4, LocalDate.of(2026, 3, 20), MARCH, Activity.PREPARATION_HOUR, null,
                        FORMULA, rsd("1000.00"), PayableState.REJECTED, null, null, null,
                        "Priprema je već obračunata uz sednicu.", false),
                new StatementLine(5, LocalDate.of(2026, 4, 2), APRIL, Activity.MEETING_DAY, null,
                        "Sednica saveta", rsd("1500.00"), PayableState.APPROVED, LocalDate.of(2026, 4, 3), null,
                        null, null, true),
                new StatementLine(6, LocalDate.of(2026, 4, 9), APRIL, Activity.TASK_HOUR, "PEER_SUPPORT", null,
                        rsd("2500.00"), PayableState.REVERSED, LocalDate.of(2026, 4, 10), null, null,
                        "Banka je vratila uplatu.", false),
                new StatementLine(2, LocalDate.of(2026, 3, 6), MARCH, Activity.PER_DIEM, null,
                        "Dnevnica, Brisel", eur("60.00"), PayableState.APPROVED, LocalDate.of(2026, 3, 9), null,
                        null, null, false));
    }

    static Statement statement() {
        return new Statement("Zora Đurić", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), lines());
    }

    /** The text of every page, in order. */
    static String pdfText(byte[] pdf) throws IOException {
        return org.nstac.portal.it.Pdfs.text(pdf);
    }
}
