package org.nstac.portal.payment.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One line of the rate card: what a member is paid for an activity from a day on, next to what an expert is paid for
 * the same work.
 *
 * <p>Why the expert reference is part of the rate: members' lived expertise was paid as volunteering while
 * professionals in the same room were paid as experts. The council decided that a member is never paid less than
 * the reference for an expert, so a rate below it cannot be entered at all, and the reference stays visible next to
 * every rate so that the rule can be checked by anyone reading the card.
 *
 * <p>A rate is never changed: a new rate with a later {@code validFrom} replaces it from that day, so amounts
 * already accrued keep the rate they were accrued at.
 *
 * @param activity        what is paid for
 * @param taskKind        for {@link Activity#TASK_HOUR} only: the task kind this rate is for, or {@code null} for
 *                        every kind without its own rate; {@code null} for every other activity
 * @param memberAmount    what a member is paid, more than 0
 * @param expertReference what an expert is paid for the same work, in the same currency; 0 or more
 * @param validFrom       the first day the rate applies
 */
public record Rate(Activity activity, String taskKind, Money memberAmount, Money expertReference,
        LocalDate validFrom) implements java.io.Serializable {

    public static final String BELOW_REFERENCE = "payment.rate.belowReference";
    public static final String CURRENCY_MISMATCH = "payment.rate.currencyMismatch";
    public static final String NOT_POSITIVE = "payment.rate.notPositive";

    /**
     * @throws DomainRuleViolation {@value #NOT_POSITIVE} for a member amount of 0 or less; {@value
     *                             #CURRENCY_MISMATCH} when the two amounts are in different currencies; {@value
     *                             #BELOW_REFERENCE} for a member amount below the expert reference
     * @throws IllegalArgumentException for a task kind on an activity not paid by kind, a blank task kind, or a
     *                                  negative reference (values a form does not produce)
     */
    public Rate {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(memberAmount, "memberAmount");
        Objects.requireNonNull(expertReference, "expertReference");
        Objects.requireNonNull(validFrom, "validFrom");
        if (taskKind != null && (!activity.byTaskKind() || taskKind.isBlank())) {
            throw new IllegalArgumentException("A task kind goes only with task hours, and is not blank");
        }
        if (memberAmount.isNegative() || memberAmount.isZero()) {
            throw new DomainRuleViolation(NOT_POSITIVE);
        }
        if (memberAmount.currency() != expertReference.currency()) {
            throw new DomainRuleViolation(CURRENCY_MISMATCH);
        }
        if (expertReference.isNegative()) {
            throw new IllegalArgumentException("An expert reference cannot be negative");
        }
        if (memberAmount.compareTo(expertReference) < 0) {
            throw new DomainRuleViolation(BELOW_REFERENCE);
        }
    }

    /** Whether this rate is for the same activity and task kind as {@code other}, whatever the day. */
    boolean sameLine(Rate other) {
        return activity == other.activity && Objects.equals(taskKind, other.taskKind);
    }
}
