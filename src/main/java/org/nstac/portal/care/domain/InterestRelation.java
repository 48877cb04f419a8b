package org.nstac.portal.care.domain;

import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/** How a person is tied to an organisation they declare. */
public enum InterestRelation {
    EMPLOYED,
    VOLUNTEER,
    BOARD,
    FUNDED_BY,
    FAMILY,
    OTHER;

    public static final String REQUIRED = "care.interest.relation.required";
    public static final String UNKNOWN = "care.interest.relation.unknown";

    /** @throws DomainRuleViolation {@value #REQUIRED} when blank, {@value #UNKNOWN} for any other word */
    public static InterestRelation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(REQUIRED);
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation(UNKNOWN);
        }
    }
}
