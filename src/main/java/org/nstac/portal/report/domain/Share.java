package org.nstac.portal.report.domain;

import java.math.BigDecimal;

/**
 * A ratio of the report (a share from 0 to 1, a Gini coefficient) with the number of members it rests on; hidden
 * when that is one or two ({@link SmallNumbers}); {@code value} is null when there is nothing to divide.
 */
public record Share(BigDecimal value, int members, boolean hidden) {

    public static Share of(BigDecimal value, int members) {
        return new Share(value, members, SmallNumbers.hides(members));
    }

    /** The value to show, or null when hidden or undefined. */
    public BigDecimal shown() {
        return hidden ? null : value;
    }
}
