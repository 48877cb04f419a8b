package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a member is owed for a task's accepted work, and whether the work took longer than the secretariat
 * estimated.
 *
 * <p>Why these rules: members were underpaid, so no hour of accepted work goes unpaid. Hourly work is paid for every
 * accepted hour, also beyond the estimate. Daily work is paid per started half day of {@value #HOURS_PER_DAY} hours
 * (1 hour is half a day, 9 hours a day and a half), so a long day is never cut to a short one. A fixed fee stays the
 * fee, but work beyond the estimate is flagged with its hours, never cut and never hidden: the secretariat sees
 * that its estimate was short and decides on the difference openly. The flag is set for every basis, because a short
 * estimate also makes the next task look smaller than it is.
 *
 * <p>Decimals only, never {@code double}: amounts have two decimals, rounded half up once at the end.
 *
 * @param amount       the amount owed, two decimals
 * @param currency     {@code RSD} or {@code EUR}, as in the task's terms
 * @param overEstimate whether more hours were accepted than estimated
 * @param extraHours   the accepted hours beyond the estimate, two decimals; {@code 0.00} when none
 */
public record TaskPay(BigDecimal amount, String currency, boolean overEstimate, BigDecimal extraHours) {

    /** Hours that make a day of daily-rate work. */
    public static final int HOURS_PER_DAY = 8;

    private static final BigDecimal HALF_DAY_HOURS = BigDecimal.valueOf(HOURS_PER_DAY / 2);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * @throws DomainRuleViolation {@value TaskTerms#CURRENCY_UNKNOWN} for a currency other than {@code RSD} or
     *                             {@code EUR}
     * @throws IllegalArgumentException for a negative amount or extra hours, more than two decimals, or a flag that
     *                                  does not match the extra hours
     */
    public TaskPay {
        if (currency == null || !TaskTerms.CURRENCIES.contains(currency)) {
            throw new DomainRuleViolation(TaskTerms.CURRENCY_UNKNOWN);
        }
        amount = twoDecimals(amount, "amount");
        extraHours = twoDecimals(extraHours, "extraHours");
        if (overEstimate != (extraHours.signum() > 0)) {
            throw new IllegalArgumentException("The over-estimate flag goes with extra hours");
        }
    }

    /**
     * The pay for accepted work.
     *
     * @param basis          how the rate is counted
     * @param rate           per hour, per day or for the task; more than 0
     * @param hoursAccepted  the hours the secretariat accepted; 0 or more
     * @param estimatedHours the estimate in the task's terms; more than 0
     * @param currency       the task's currency
     * @throws IllegalArgumentException for a rate or estimate not above 0, or negative hours (values that come from
     *                                  checked terms and logs, so the caller's error)
     */
    public static TaskPay amount(PayBasis basis, BigDecimal rate, BigDecimal hoursAccepted, BigDecimal estimatedHours,
            String currency) {
        Objects.requireNonNull(basis, "basis");
        requirePositive(rate, "rate");
        requirePositive(estimatedHours, "estimatedHours");
        Objects.requireNonNull(hoursAccepted, "hoursAccepted");
        if (hoursAccepted.signum() < 0) {
            throw new IllegalArgumentException("Accepted hours cannot be negative");
        }
        BigDecimal owed = switch (basis) {
            case HOURLY -> rate.multiply(hoursAccepted);
            case DAILY -> rate.multiply(days(hoursAccepted));
            case FIXED -> rate;
        };
        BigDecimal extra = hoursAccepted.subtract(estimatedHours).max(BigDecimal.ZERO);
        return new TaskPay(owed.setScale(2, RoundingMode.HALF_UP), currency, extra.signum() > 0,
                extra.setScale(2, RoundingMode.HALF_UP));
    }

    /** As {@link #amount(PayBasis, BigDecimal, BigDecimal, BigDecimal, String)} with the task's own terms. */
    public static TaskPay forTerms(TaskTerms terms, BigDecimal hoursAccepted) {
        Objects.requireNonNull(terms, "terms");
        return amount(terms.payBasis(), terms.rate(), hoursAccepted, terms.estimatedHours(), terms.currency());
    }

    /**
     * The days daily-rate work is paid for: the hours in days of {@value #HOURS_PER_DAY}, rounded up to the next half
     * day; 0 hours are 0 days.
     */
    public static BigDecimal days(BigDecimal hours) {
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("Hours cannot be negative");
        }
        return hours.divide(HALF_DAY_HOURS, 0, RoundingMode.CEILING).multiply(HALF);
    }

    private static BigDecimal twoDecimals(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDecimals) {
            throw new IllegalArgumentException(name + " has at most two decimals", moreDecimals);
        }
    }

    private static void requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be more than 0");
        }
    }
}
