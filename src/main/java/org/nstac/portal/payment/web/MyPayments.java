package org.nstac.portal.payment.web;

import org.nstac.portal.shared.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.nstac.portal.payment.api.RateResource;
import org.nstac.portal.payment.application.ExpenseClaims;
import org.nstac.portal.payment.application.PaymentChannels;
import org.nstac.portal.payment.application.RateCards;
import org.nstac.portal.payment.application.Statements;
import org.nstac.portal.payment.receipt.Receipt;
import org.nstac.portal.payment.receipt.ReceiptCheck;
import org.nstac.portal.payment.report.Statement;
import org.nstac.portal.payment.report.StatementCsv;
import org.nstac.portal.payment.report.StatementPdf;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The member's payments page: their statement (owed, approved, paid, not paid, late; per period and activity, with
 * downloads), how they want to be paid with the note on social benefits, an expense claim with a receipt, and the
 * rate card. The claim form carries one idempotency key per form: a double click records one claim.
 */
@Named
@ViewScoped
public class MyPayments implements Serializable {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    org.nstac.portal.payment.application.PaymentPolicy policy;

    @jakarta.annotation.PostConstruct
    void startFromToday() {
        policy.require(org.nstac.portal.payment.domain.PaymentAction.READ_STATEMENT);
        from = clock.thisMonth().withMonth(1).toString();
        to = clock.thisMonth().toString();
    }

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentChannels channels;

    @Inject
    ExpenseClaims claims;

    @Inject
    Statements statements;

    @Inject
    RateCards rates;

    @Inject
    org.nstac.portal.shared.MemberContext member;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBean language;

    @Inject
    org.nstac.portal.shared.MemberDirectory names;

    private String from;
    private String to;
    private String channel;
    private String kind = "TRAVEL";
    private LocalDate date;
    private String amount;
    private String currency = "RSD";
    private String kilometres;
    private String description;
    private transient Part receipt;
    private String claimKey = UUID.randomUUID().toString();
    private transient Statement statement;

    private String me() {
        return member.requireRef();
    }

    private Function<String, String> text() {
        return messages::text;
    }

    public Statement getStatement() {
        if (statement == null) {
            try {
                String me = me();
                statement = statements.of(me, names.displayName(me, language.getLocale()), month(from), month(to),
                        text());
            } catch (DomainRuleViolation violation) {
                messages.violation(violation);
                statement = statements.of(me(), names.displayName(me(), language.getLocale()),
                        clock.thisMonth().withMonth(1)
                        .atDay(1), clock.thisMonth().atDay(1), text());
            }
        }
        return statement;
    }

    /** Shows the statement of the months typed. */
    public void show() {
        statement = null;
    }

    public void downloadPdf() {
        Statement s = getStatement();
        Downloads.send("statement-" + from + "-" + to + ".pdf",
                out -> StatementPdf.write(s, text(), language.getLocale(), out));
    }

    public void downloadCsv() {
        Statement s = getStatement();
        Downloads.send("statement-" + from + "-" + to + ".csv", out -> StatementCsv.writeForSpreadsheets(s, text(), out));
    }

    public String getCurrentChannel() {
        return channels.channelOf(me()).name();
    }

    public void saveChannel() {
        try {
            channels.choose(me(), channel);
            messages.info("payment.channel.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void claim() {
        try {
            Receipt checked = null;
            if (receipt != null && receipt.getSize() > 0) {
                if (receipt.getSize() > ReceiptCheck.MAX_BYTES) {
                    throw new DomainRuleViolation("payment.receipt.tooLarge", 5);
                }
                try (InputStream in = receipt.getInputStream()) {
                    checked = ReceiptCheck.check(in.readAllBytes());
                }
            }
            claims.claim(me(), new ExpenseClaims.Claim(kind, date, amount, currency, kilometres,
                    description, days, attested), checked, claimKey);
            messages.info("payment.claim.saved");
            claimKey = UUID.randomUUID().toString();
            amount = null;
            kilometres = null;
            days = null;
            attested = false;
            description = null;
            date = null;
            statement = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (IOException e) {
            messages.error("payment.receipt.unreadable");
        }
    }

    public List<RateResource.RateJson> getRates() {
        return RateResource.views(rates).stream().filter(RateResource.RateJson::current).toList();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(ExpenseClaims.Kind.values()).map(Enum::name).toList();
    }

    private static LocalDate month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip()).atDay(1);
        } catch (DateTimeParseException e) {
            throw new DomainRuleViolation("payment.month.format");
        }
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

    public String getChannel() {
        return channel == null ? getCurrentChannel() : channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getKilometres() {
        return kilometres;
    }

    public void setKilometres(String kilometres) {
        this.kilometres = kilometres;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Part getReceipt() {
        return receipt;
    }

    public void setReceipt(Part receipt) {
        this.receipt = receipt;
    }

    public String getClaimKey() {
        return claimKey;
    }

    private String days;
    private boolean attested;
    private transient org.nstac.portal.payment.domain.Money lostEarningsDay;

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public boolean isAttested() {
        return attested;
    }

    public void setAttested(boolean attested) {
        this.attested = attested;
    }

    /** The card's amount for a day of lost earnings (the cap per day), or nothing when the card has none. */
    public org.nstac.portal.payment.domain.Money getLostEarningsDay() {
        if (lostEarningsDay == null) {
            try {
                lostEarningsDay = accruals.cardRate(org.nstac.portal.payment.domain.Activity.LOST_EARNINGS_DAY, null,
                        clock.today());
            } catch (DomainRuleViolation noRate) {
                lostEarningsDay = new org.nstac.portal.payment.domain.Money(java.math.BigDecimal.ZERO,
                        org.nstac.portal.payment.domain.Currency.RSD);
            }
        }
        return lostEarningsDay;
    }

    @Inject
    org.nstac.portal.payment.application.Accruals accruals;
}
