package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.TaskPay;
import org.nstac.portal.task.infrastructure.TaskRecord;

/**
 * Where tasks meet the ledger: which rate-card line a task's pay is a quantity of, what that comes to (for a member
 * deciding on an offer), and telling the ledger of accepted work, which prices it itself.
 */
@ApplicationScoped
public class TaskPricing {

    /** The source key of an offer's work in the ledger: one payable per offer, however often it is accepted. */
    public static String sourceKey(long offerId) {
        return "task-offer:" + offerId;
    }

    @Inject
    Accruals accruals;

    /** The rate-card activity a pay basis counts. */
    public static Activity activityOf(PayBasis basis) {
        return basis == PayBasis.APPEARANCE ? Activity.PUBLIC_SPEAKING : Activity.TASK_HOUR;
    }

    /** The card's amount per unit for a task of this kind and basis on a day. */
    public Money cardRate(PayBasis basis, String kind, LocalDate day) {
        return accruals.cardRate(activityOf(basis), kind, day);
    }

    /** The amount per unit the task pays on the card's day: the agreed one above the card, or the card's. */
    public static Money unitRate(TaskRecord task, Accruals.CardRates card) {
        Money onTheCard = cardRate(task, card);
        return task.getAgreedRate() == null ? onTheCard : task.getAgreedRate();
    }

    /** The card of a day, read once: for pricing tasks with {@link #cardRate} and {@link #unitRate}. */
    public Accruals.CardRates cardOn(LocalDate day) {
        return accruals.cardRatesOn(day);
    }

    /** The card's amount per unit for the task, on the card's day. */
    public static Money cardRate(TaskRecord task, Accruals.CardRates card) {
        return card.of(activityOf(task.getPayBasis()), task.getKind());
    }

    /** What a quantity at an amount per unit comes to, as the ledger will price it. */
    public static Money amount(Money unit, TaskPay pay) {
        return new Money(pay.amountAt(unit.amount()), unit.currency());
    }

    /**
     * Refuses an agreed rate below the card's for this kind of work.
     *
     * @throws org.nstac.portal.shared.DomainRuleViolation {@code payment.agreed.belowCard}
     */
    public void requireAtLeastTheCard(Money agreed, PayBasis basis, String kind, LocalDate day) {
        if (agreed != null) {
            accruals.requireAtLeastTheCard(agreed, activityOf(basis), kind, day);
        }
    }

    /** Tells the ledger of accepted work, once per offer. */
    public Accruals.Accrued book(TaskRecord task, long offerId, String memberRef, TaskPay pay, LocalDate workDate,
            String enteredBy) {
        String title = task.getTitle().length() > 300 ? task.getTitle().substring(0, 300) : task.getTitle();
        Accruals.WorkDone work = Accruals.WorkDone.atCardRate(Accruals.Origin.TASK, memberRef, sourceKey(offerId),
                activityOf(task.getPayBasis()), task.getKind(), pay.quantity(), workDate, title, enteredBy);
        return accruals.accrue(task.getAgreedRate() == null ? work
                : work.agreedAt(task.getAgreedRate(), task.getRateReason()));
    }
}
