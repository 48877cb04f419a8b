package org.nstac.portal.task.domain;

import java.math.BigDecimal;

/** The one check hours and money share: a positive amount, within a limit, in whole cents or hundredths of an hour. */
final class Decimals {

    static final int SCALE = 2;

    private Decimals() {
    }

    /**
     * Whether {@code value} is greater than zero, at most {@code max} and has at most two decimals. Trailing zeros do
     * not count as decimals ({@code 2.500} is {@code 2.5}).
     */
    static boolean positiveAtMost(BigDecimal value, BigDecimal max) {
        return value != null
                && value.signum() > 0
                && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= SCALE;
    }

    /** The value with exactly two decimals, so that equal amounts are equal records; only for checked values. */
    static BigDecimal scaled(BigDecimal value) {
        return value.setScale(SCALE);
    }
}
