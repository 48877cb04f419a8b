package org.nstac.portal.payment.report;

import java.time.LocalDate;
import java.util.Objects;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * One payable on a member's statement, with everything the member needs to check it: what it was for, how much,
 * where it stands, when it was approved and paid, and why it was not.
 *
 * <p>Why the reason travels with the line: a member who sees an amount rejected or reversed without a reason cannot
 * challenge it, and unexplained deductions are part of how members were underpaid before.
 *
 * @param payableId        the payable's id, for a member or finance officer to refer to it
 * @param workDate         the day of the work, meeting or expense
 * @param period           the month the payable belongs to, as its first day
 * @param activity         what it pays for
 * @param taskKind         for task hours, the name of the task kind ({@code TaskKind}), whose label is looked up under
 *                         {@code TaskKind.<name>}; otherwise {@code null}
 * @param description      a short description, already in the member's language or as a person typed it; may be
 *                         {@code null}
 * @param amount           the amount
 * @param state            the state the payable is in now
 * @param approvedOn       the day it was approved, or {@code null}
 * @param paidOn           the day it was paid, or {@code null}
 * @param paymentReference the bank's or the council's reference for the payment, or {@code null}
 * @param reason           why it was rejected or reversed, or {@code null}
 * @param late             whether it is approved and not paid in the time the council promised
 */
public record StatementLine(long payableId, LocalDate workDate, LocalDate period, Activity activity, String taskKind,
        String description, Money amount, PayableState state, LocalDate approvedOn, LocalDate paidOn,
        String paymentReference, String reason, boolean late) implements Countable {

    /**
     * @throws NullPointerException     without a work date, period, activity, amount or state
     * @throws IllegalArgumentException for a period that is not the first day of a month
     */
    public StatementLine {
        Objects.requireNonNull(workDate, "workDate");
        Periods.requireMonth(period);
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
    }
}
