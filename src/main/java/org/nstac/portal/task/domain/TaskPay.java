package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much of its rate-card unit a task's accepted work is, and whether it took longer than the secretariat estimated.
 * The ledger prices the quantity from the card (or at an amount agreed above it); this record never holds money.
 *
 * <p>Why these rules: members were underpaid, so no hour of accepted work goes unpaid. Hourly work counts every accepted
 * hour, also beyond the estimate. Daily work counts hours by the started half day of {@value #HOURS_PER_HALF_DAY} hours
 * (1 hour is half a day, 9 hours a day and a half), so a long day is never cut to a short one. An appearance is one
 * appearance, however short. Work beyond the estimate is flagged with its hours for every basis, never cut and never
 * hidden: the secretariat sees that its estimate was short, and a short estimate also makes the next task look
 * smaller than it is.
 *
 * @param basis        what the quantity counts
 * @param quantity     hours for {@link PayBasis#HOURLY} and {@link PayBasis#DAILY} (two decimals), appearances for
 *                     {@link PayBasis#APPEARANCE}
 * @param overEstimate whether more hours were accepted than estimated
 * @param extraHours   the accepted hours beyond the estimate, two decimals; {@code 0.00} when none
 */
public record TaskPay(PayBasis basis, BigDecimal quantity, boolean overEstimate, BigDecimal extraHours) {

    /** Hours that make half a day of daily work. */
    public static final int HOURS_PER_HALF_DAY = 4;

    private static final BigDecimal HALF_DAY_HOURS = BigDecimal.valueOf(HOURS_PER_HALF_DAY);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * @throws IllegalArgumentException for a negative quantity or extra hours, more than two decimals, or a flag that
     *                                  does not match the extra hours
     */
    public TaskPay {
        Objects.requireNonNull(basis, "basis");
        quantity = twoDecimals(quantity, "quantity");
        extraHours = twoDecimals(extraHours, "extraHours");
        if (overEstimate != (extraHours.signum() > 0)) {
            throw new IllegalArgumentException("The over-estimate flag goes with extra hours");
        }
    }

    /**
     * The quantity for accepted work.
     *
     * @param basis          what the pay counts
     * @param hoursAccepted  the hours the secretariat accepted; 0 or more
     * @param estimatedHours the estimate in the task's terms; more than 0
     * @throws IllegalArgumentException for an estimate not above 0 or negative hours (values that come from checked
     *                                  terms and logs, so the caller's error)
     */
    public static TaskPay of(PayBasis basis, BigDecimal hoursAccepted, BigDecimal estimatedHours) {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(estimatedHours, "estimatedHours");
        if (estimatedHours.signum() <= 0) {
            throw new IllegalArgumentException("estimatedHours must be more than 0");
        }
        Objects.requireNonNull(hoursAccepted, "hoursAccepted");
        if (hoursAccepted.signum() < 0) {
            throw new IllegalArgumentException("Accepted hours cannot be negative");
        }
        BigDecimal quantity = switch (basis) {
            case HOURLY -> hoursAccepted;
            case DAILY -> days(hoursAccepted).multiply(HALF_DAY_HOURS).multiply(BigDecimal.TWO);
            case APPEARANCE -> BigDecimal.ONE;
        };
        BigDecimal extra = hoursAccepted.subtract(estimatedHours).max(BigDecimal.ZERO);
        return new TaskPay(basis, quantity.setScale(2, RoundingMode.HALF_UP), extra.signum() > 0,
                extra.setScale(2, RoundingMode.HALF_UP));
    }

    /** As {@link #of(PayBasis, BigDecimal, BigDecimal)} with the task's own terms. */
    public static TaskPay forTerms(TaskTerms terms, BigDecimal hoursAccepted) {
        Objects.requireNonNull(terms, "terms");
        return of(terms.payBasis(), hoursAccepted, terms.estimatedHours());
    }

    /** What the quantity comes to at an amount per unit, rounded half up to cents once at the end. */
    public BigDecimal amountAt(BigDecimal unit) {
        Objects.requireNonNull(unit, "unit");
        return unit.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The days daily work is paid for: the hours in days of {@value #HOURS_PER_HALF_DAY} × 2 hours, rounded up to the
     * next half day; 0 hours are 0 days.
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
}
