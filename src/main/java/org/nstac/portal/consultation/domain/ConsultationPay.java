package org.nstac.portal.consultation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a consultation pays for the council's work on it: the preparation hours each member who takes part may claim
 * (reading the draft, writing comments), the hours the chair may claim for drafting the council's position, and
 * whether the consulting ministry pays for it (otherwise the council's budget does). Stated before anyone starts, so
 * that a member knows what taking part pays.
 *
 * @param preparationHours hours each member who takes part may claim, 0 to {@value #MAX_HOURS}, in half hours
 * @param draftingHours    hours the chair may claim for the position, 0 to {@value #MAX_HOURS}, in half hours
 * @param ministryPays     whether the consulting ministry funds the work
 */
public record ConsultationPay(BigDecimal preparationHours, BigDecimal draftingHours, boolean ministryPays) {

    public static final int MAX_HOURS = 40;
    public static final String HOURS_INVALID = "consultation.pay.hours.invalid";

    /** @throws DomainRuleViolation {@value #HOURS_INVALID} for hours below 0, above 40 or not in half hours */
    public ConsultationPay {
        preparationHours = halfHours(preparationHours);
        draftingHours = halfHours(draftingHours);
    }

    /** Hours in half-hour steps from 0 to {@value #MAX_HOURS}, with one decimal. */
    public static BigDecimal halfHours(BigDecimal hours) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0
                || hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw new DomainRuleViolation(HOURS_INVALID, MAX_HOURS);
        }
        return hours.setScale(1, RoundingMode.UNNECESSARY);
    }
}
