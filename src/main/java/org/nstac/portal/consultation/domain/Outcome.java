package org.nstac.portal.consultation.domain;

import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What became of the law after the council's report, as the owning ministry (or partner) records it: the answer to
 * "was our advice taken?". {@code PENDING} says the decision is still open, so that an outcome can be recorded early and
 * corrected later; the others are final facts about the text.
 */
public enum Outcome {
    /** Adopted as consulted, or with changes too small to name. */
    ADOPTED,
    /** Adopted with changes. */
    AMENDED,
    /** Taken back: it will not become law in this form. */
    WITHDRAWN,
    /** Not decided yet. */
    PENDING;

    public static final String UNKNOWN = "consultation.outcome.unknown";

    /** The outcome a caller typed. @throws DomainRuleViolation {@value #UNKNOWN} for anything else */
    public static Outcome parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(UNKNOWN);
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(UNKNOWN);
        }
    }
}
