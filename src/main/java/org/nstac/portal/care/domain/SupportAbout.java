package org.nstac.portal.care.domain;

import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/** What a support request is about: a meeting (which must be the member's), a task, a consultation, or anything. */
public enum SupportAbout {
    MEETING,
    TASK,
    CONSULTATION,
    OTHER;

    public static final String REQUIRED = "care.support.about.required";
    public static final String INVALID = "care.support.about.invalid";

    /**
     * @throws DomainRuleViolation {@value #REQUIRED} when blank, {@value #INVALID} for any other word
     */
    public static SupportAbout parse(String text) {
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
