package org.nstac.portal.payment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.nstac.portal.payment.application.Statements;
import org.nstac.portal.payment.report.ParityCsv;
import org.nstac.portal.payment.report.ParityPdf;
import org.nstac.portal.payment.report.PaymentTotalsCsv;
import org.nstac.portal.payment.report.PaymentTotalsPdf;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;

/** Finance's reports: totals per period, activity and member pseudonym, and rate parity, as PDF or CSV. */
@Named
@RequestScoped
public class PaymentReports {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    org.nstac.portal.payment.application.PaymentPolicy policy;

    @jakarta.annotation.PostConstruct
    void startFromToday() {
        policy.require(org.nstac.portal.payment.domain.PaymentAction.REPORT);
        from = clock.thisMonth().withMonth(1).toString();
        to = clock.thisMonth().toString();
    }

    @Inject
    Statements statements;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBean language;

    private String from;
    private String to;

    private Function<String, String> text() {
        return messages::text;
    }

    public void totalsPdf() {
        totals(true);
    }

    public void totalsCsv() {
        totals(false);
    }

    private void totals(boolean pdf) {
        YearMonth start;
        YearMonth end;
        try {
            start = YearMonth.parse(from.strip());
            end = YearMonth.parse(to.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            messages.error("payment.month.format");
            return;
        }
        var report = statements.totals(start.atDay(1), end.atDay(1), language.getLocale());
        if (pdf) {
            Downloads.send("payment-totals.pdf", out -> PaymentTotalsPdf.write(report, text(), language.getLocale(),
                    out));
        } else {
            Downloads.send("payment-totals.csv", out -> PaymentTotalsCsv.writeForSpreadsheets(report, text(), out));
        }
    }

    public void parityPdf() {
        var report = statements.parity();
        Downloads.send("parity.pdf", out -> ParityPdf.write(report, text(), language.getLocale(), out));
    }

    public void parityCsv() {
        var report = statements.parity();
        Downloads.send("parity.csv", out -> ParityCsv.writeForSpreadsheets(report, text(), out));
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
