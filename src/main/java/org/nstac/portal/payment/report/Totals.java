package org.nstac.portal.payment.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * How much was accrued in one currency, and where it stands: waiting for approval ({@code pending}), approved and
 * not yet paid ({@code approvedUnpaid}, of which {@code late} is past the time the council promised), {@code paid},
 * or not paid at all because it was rejected or reversed ({@code notPaid}).
 *
 * <p>Why the invariant {@code accrued = pending + approvedUnpaid + paid + notPaid} is checked when totals are made:
 * every amount accrued must be visible in exactly one place, so that nothing owed to a member can disappear between
 * the columns. Totals that do not add up cannot be made. {@code late} is a part of {@code approvedUnpaid}, not a
 * fifth place, so it is not in the sum.
 *
 * <p>Why one total per currency: nothing in the council's books converts dinars into euros, so they are never
 * added together.
 */
public record Totals(Currency currency, Money accrued, Money pending, Money approvedUnpaid, Money paid,
        Money notPaid, Money late) {

    /**
     * @throws NullPointerException     for a missing figure
     * @throws IllegalArgumentException for a figure in another currency, or figures that do not add up to accrued
     */
    public Totals {
        Objects.requireNonNull(currency, "currency");
        for (Money figure : new Money[] {accrued, pending, approvedUnpaid, paid, notPaid, late}) {
            Objects.requireNonNull(figure, "figure");
            if (figure.currency() != currency) {
                throw new IllegalArgumentException("Totals in " + currency + " cannot hold " + figure.currency());
            }
        }
        if (accrued.compareTo(pending.plus(approvedUnpaid).plus(paid).plus(notPaid)) != 0) {
            throw new IllegalArgumentException("Accrued must be pending + approved unpaid + paid + not paid");
        }
    }

    /** Nothing yet, in {@code currency}. */
    public static Totals zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new Totals(currency, zero, zero, zero, zero, zero, zero);
    }

    /**
     * The totals with one more payable counted: its amount is accrued, and also pending when accrued, approved
     * unpaid (and late, if it is) when approved, paid when paid, and not paid when rejected or reversed.
     *
     * @throws IllegalArgumentException for a payable in another currency
     */
    public static Totals add(Totals totals, Countable payable) {
        Money amount = payable.amount();
        Money none = Money.zero(totals.currency);
        Money pending = none;
        Money approvedUnpaid = none;
        Money paid = none;
        Money notPaid = none;
        switch (payable.state()) {
            case ACCRUED -> pending = amount;
            case APPROVED -> approvedUnpaid = amount;
            case PAID -> paid = amount;
            case REJECTED, REVERSED -> notPaid = amount;
        }
        Money late = payable.state() == PayableState.APPROVED && payable.late() ? amount : none;
        return new Totals(totals.currency, totals.accrued.plus(amount), totals.pending.plus(pending),
                totals.approvedUnpaid.plus(approvedUnpaid), totals.paid.plus(paid), totals.notPaid.plus(notPaid),
                totals.late.plus(late));
    }

    /** The totals of {@code payables}, one per currency present, dinars before euros; empty for no payables. */
    public static List<Totals> of(Collection<? extends Countable> payables) {
        Map<Currency, Totals> perCurrency = new EnumMap<>(Currency.class);
        for (Countable payable : payables) {
            Currency currency = payable.amount().currency();
            perCurrency.put(currency, add(perCurrency.getOrDefault(currency, zero(currency)), payable));
        }
        return List.copyOf(perCurrency.values());
    }
}
