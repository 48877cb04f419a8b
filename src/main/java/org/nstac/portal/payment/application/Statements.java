package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.infrastructure.LedgerEntryRecord;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.payment.report.ParityReport;
import org.nstac.portal.payment.report.PaymentTotalsReport;
import org.nstac.portal.payment.report.Statement;
import org.nstac.portal.payment.report.StatementLine;

/** Builds statements and reports from the ledger, with labels in the reader's language. */
@ApplicationScoped
@Transactional
public class Statements {

    @Inject
    PayableQueries queries;

    @Inject
    RateCards rates;

    /**
     * A member's statement: every payable of theirs whose work falls in the months from {@code from} to {@code to}
     * (both first days of months), oldest first.
     */
    public Statement of(String memberRef, String pseudonym, LocalDate from, LocalDate to,
            Function<String, String> text) {
        List<StatementLine> lines = queries.list(memberRef, null, from, to).stream()
                .sorted(Comparator.comparing((PayableView v) -> v.payable().getWorkDate())
                        .thenComparing(v -> v.payable().getId()))
                .map(v -> line(v, text)).toList();
        return new Statement(pseudonym, from, to.plusMonths(1).minusDays(1), lines);
    }

    /** Totals of every payable in the months given, by period, activity and member pseudonym. */
    public PaymentTotalsReport totals(LocalDate from, LocalDate to, java.util.Locale locale) {
        List<PayableView> views = queries.list(null, null, from, to);
        Map<String, String> names = queries.namesByRef(
                views.stream().map(v -> v.payable().getMemberRef()).collect(java.util.stream.Collectors.toSet()),
                locale);
        return new PaymentTotalsReport(from, to.plusMonths(1).minusDays(1), views.stream()
                .map(v -> new PaymentTotalsReport.Row(v.payable().getPeriod(), v.payable().getActivity(),
                        names.getOrDefault(v.payable().getMemberRef(), v.payable().getMemberRef()),
                        v.payable().getMoney(), v.state(), v.late(), v.payable().getFunder().label())).toList());
    }

    /** A figure of the funded totals: an amount in a currency, as text. */
    public record Figure(String amount, String currency) {
        static Figure of(org.nstac.portal.payment.domain.Money m) {
            return new Figure(m.amount().toPlainString(), m.currency().name());
        }
    }

    /** Totals of one group in one currency: what was accrued, and how much of it is paid, approved, pending. */
    public record FundedTotals(String group, String currency, String accrued, String pending, String approved,
            String paid, String notPaid) {
        static FundedTotals of(String group, org.nstac.portal.payment.report.Totals t) {
            return new FundedTotals(group, t.currency().name(), t.accrued().amount().toPlainString(),
                    t.pending().amount().toPlainString(), t.approvedUnpaid().amount().toPlainString(),
                    t.paid().amount().toPlainString(), t.notPaid().amount().toPlainString());
        }
    }

    /**
     * What one funder paid for in the months given, overall, per month and per activity: never per member, so that a
     * ministry sees what its money did without learning who was paid.
     */
    public record Funded(String funder, String code, String from, String to, List<FundedTotals> overall,
            List<FundedTotals> byMonth, List<FundedTotals> byActivity) {
    }

    /** The funded totals of a funder in the months from {@code from} to {@code to} (first days of months). */
    public Funded funded(org.nstac.portal.payment.domain.Funder funder, LocalDate from, LocalDate to) {
        List<PayableView> views = queries.list(null, null, from, to).stream()
                .filter(v -> v.payable().getFunder().equals(funder)).toList();
        PaymentTotalsReport report = new PaymentTotalsReport(from, to.plusMonths(1).minusDays(1), views.stream()
                .map(v -> new PaymentTotalsReport.Row(v.payable().getPeriod(), v.payable().getActivity(), "-",
                        v.payable().getMoney(), v.state(), v.late(), funder.label())).toList());
        List<FundedTotals> overall = report.overall().stream().map(t -> FundedTotals.of("", t)).toList();
        List<FundedTotals> months = new java.util.ArrayList<>();
        report.byPeriod().forEach((p, ts) -> ts.forEach(t -> months.add(FundedTotals.of(p.toString()
                .substring(0, 7), t))));
        List<FundedTotals> activities = new java.util.ArrayList<>();
        report.byActivity().forEach((a, ts) -> ts.forEach(t -> activities.add(FundedTotals.of(a.name(), t))));
        return new Funded(funder.kind().name(), funder.code(), from.toString().substring(0, 7),
                to.toString().substring(0, 7), overall, months, activities);
    }

    /** Every rate next to its expert reference. */
    public ParityReport parity() {
        return new ParityReport(rates.card().rates().stream().map(r -> new ParityReport.Row(r.activity(),
                r.taskKind(), r.validFrom(), r.memberAmount(), r.expertReference())).toList());
    }

    StatementLine line(PayableView v, Function<String, String> text) {
        PayableRecord p = v.payable();
        String description = p.getDescription();
        if (p.getActivity() == Activity.EXPENSE && p.getExpenseKind() != null) {
            String kind = text.apply("payment.claim.kind." + p.getExpenseKind());
            description = description == null ? kind : kind + ": " + description;
        }
        String reason = v.reason();
        if (reason != null && reason.startsWith(Payables.KEY_PREFIX)) {
            reason = text.apply(reason.substring(Payables.KEY_PREFIX.length()));
        }
        LedgerEntryRecord payment = v.payment().orElse(null);
        return new StatementLine(p.getId(), p.getWorkDate(), p.getPeriod(), p.getActivity(), p.getTaskKind(),
                description, p.getMoney(), v.state(), v.approvedOn(), payment == null ? null : payment.getPaymentDate(),
                payment == null ? null : payment.getBankReference(), reason, v.late());
    }

    /** Months with anything for this member, for choosing a statement's period. */
    public Set<LocalDate> periodsOf(String memberRef) {
        return new java.util.TreeSet<>(queries.list(memberRef, null, null, null).stream()
                .map(v -> v.payable().getPeriod()).toList());
    }
}
