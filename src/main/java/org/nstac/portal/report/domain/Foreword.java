package org.nstac.portal.report.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/** The chair's foreword: some real words (not a placeholder), at most 10,000 characters, kept as typed (stripped). */
public final class Foreword {

    public static final int MIN = 20;
    public static final int MAX = 10_000;
    public static final String REQUIRED = "report.foreword.required";
    public static final String TOO_SHORT = "report.foreword.tooShort";
    public static final String TOO_LONG = "report.foreword.tooLong";

    private Foreword() {
    }

    /** @return the text stripped; @throws DomainRuleViolation when empty, shorter than 20 or longer than 10,000 */
    public static String require(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(REQUIRED);
        }
        String stripped = text.strip();
        if (stripped.length() < MIN) {
            throw new DomainRuleViolation(TOO_SHORT, MIN);
        }
        if (stripped.length() > MAX) {
            throw new DomainRuleViolation(TOO_LONG, MAX);
        }
        return stripped;
    }
}
