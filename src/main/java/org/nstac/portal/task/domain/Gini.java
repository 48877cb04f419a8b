package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Gini coefficient of how offers or earnings are shared among members: 0 when everyone has the same, and
 * {@code (n - 1) / n} when one of {@code n} members has everything.
 *
 * <p>Why one number: members said that some were always chosen and others forgotten. The council and the
 * secretariat watch this figure per window, next to the ranked {@link Suggestion}s, to see whether offers and pay
 * are actually spreading. It is only honest if every active member is counted, including those with nothing: the
 * caller passes a zero for each of them, or the forgotten members vanish from the measure of their being forgotten.
 *
 * <p>Computed exactly in decimals, {@code G = (2 * sum(i * x_i)) / (n * sum(x)) - (n + 1) / n} over the values in
 * ascending order ({@code i} from 1), and rounded once, to four decimals, half up.
 */
public final class Gini {

    public static final int SCALE = 4;

    private Gini() {
    }

    /**
     * @param values one non-negative value per member, in any order
     * @return the coefficient with four decimals; {@code 0.0000} for no values, and for values all equal (all zero
     *         included)
     * @throws IllegalArgumentException for a negative value (the caller's error: offers and earnings cannot be)
     */
    public static BigDecimal of(List<BigDecimal> values) {
        Objects.requireNonNull(values, "values");
        List<BigDecimal> sorted = new ArrayList<>(values.size());
        for (BigDecimal value : values) {
            Objects.requireNonNull(value, "a value");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("Gini needs non-negative values");
            }
            sorted.add(value);
        }
        sorted.sort(null);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            total = total.add(sorted.get(i));
            weighted = weighted.add(sorted.get(i).multiply(BigDecimal.valueOf(i + 1L)));
        }
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal n = BigDecimal.valueOf(sorted.size());
        BigDecimal numerator = weighted.multiply(BigDecimal.TWO).subtract(n.add(BigDecimal.ONE).multiply(total));
        return numerator.divide(n.multiply(total), SCALE, RoundingMode.HALF_UP);
    }
}
