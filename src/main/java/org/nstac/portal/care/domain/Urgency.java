package org.nstac.portal.care.domain;

import java.time.Duration;
import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * How soon a member needs support, and so how long a request may wait unacknowledged before the chair is told: two
 * hours for "now" (someone struggling in a meeting cannot wait for the next working day), two days for "soon".
 */
public enum Urgency {
    NOW(Duration.ofHours(2)),
    SOON(Duration.ofDays(2));

    public static final String REQUIRED = "care.support.urgency.required";
    public static final String INVALID = "care.support.urgency.invalid";

    private final Duration escalateAfter;

    Urgency(Duration escalateAfter) {
        this.escalateAfter = escalateAfter;
    }

    /** How long a request may stay unacknowledged before it goes to the chair. */
    public Duration escalateAfter() {
        return escalateAfter;
    }

    /**
     * @throws DomainRuleViolation {@value #REQUIRED} when blank, {@value #INVALID} for any other word
     */
    public static Urgency parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(REQUIRED);
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation(INVALID);
        }
    }
}
