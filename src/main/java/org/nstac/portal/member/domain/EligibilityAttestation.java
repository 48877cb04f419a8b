package org.nstac.portal.member.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a person attests when they join the council: that they are an adult, and how many whole years have passed
 * since their exploitation ended.
 *
 * <p>Why so little: the council needs to know only that it may admit the person. There is no date of birth (an
 * attestation of adulthood is enough), no official status granted by the authorities (survivors do not need
 * one), and no account of what happened: the years are a number, nothing more. When the years are below the
 * council's {@link AdmissionRule}, the secretariat records why the council admits the person anyway (for example,
 * "the independent professional confirmed readiness and the member asked to join now"). That reason is about the
 * decision, never about the member's lived experience.
 *
 * @param adult                   the person attests they are 18 or older; must be {@code true}
 * @param yearsSinceExploitation  whole years, 0 to 80
 * @param belowRuleReason         why admission goes ahead below the rule's minimum; {@code null} when not needed
 *                                (blank text is stored as {@code null})
 */
public record EligibilityAttestation(boolean adult, int yearsSinceExploitation, String belowRuleReason) {

    public static final String NOT_ADULT = "member.admission.notAdult";
    public static final String YEARS_INVALID = "member.admission.years.invalid";
    public static final String REASON_REQUIRED = "member.admission.reasonRequired";
    public static final String REASON_TOO_LONG = "member.admission.reason.tooLong";

    public static final int MAX_YEARS = 80;
    /** A reason needs at least this many characters that are not white space: a word or two is not a reason. */
    public static final int MIN_REASON_CHARACTERS = 20;
    /** What the database column holds. */
    public static final int MAX_REASON_LENGTH = 2000;

    /**
     * Checks what does not depend on the council's rule, so an attestation stored under an earlier rule still loads.
     *
     * @throws DomainRuleViolation {@value #NOT_ADULT}, {@value #YEARS_INVALID} or {@value #REASON_TOO_LONG}
     *                             (with the maximum length as argument)
     */
    public EligibilityAttestation {
        if (!adult) {
            throw new DomainRuleViolation(NOT_ADULT);
        }
        if (yearsSinceExploitation < 0 || yearsSinceExploitation > MAX_YEARS) {
            throw new DomainRuleViolation(YEARS_INVALID);
        }
        belowRuleReason = belowRuleReason == null || belowRuleReason.isBlank() ? null : belowRuleReason.strip();
        if (belowRuleReason != null && belowRuleReason.length() > MAX_REASON_LENGTH) {
            throw new DomainRuleViolation(REASON_TOO_LONG, MAX_REASON_LENGTH);
        }
    }

    /**
     * Builds an attestation and checks it against the council's rule in one step, as admission does.
     *
     * @throws DomainRuleViolation as the constructor, or as {@link #requireSatisfies(AdmissionRule)}
     */
    public static EligibilityAttestation attest(boolean adult, int yearsSinceExploitation, String belowRuleReason,
            AdmissionRule rule) {
        EligibilityAttestation attestation = new EligibilityAttestation(adult, yearsSinceExploitation, belowRuleReason);
        attestation.requireSatisfies(rule);
        return attestation;
    }

    /** Whether the years meet the rule's minimum without needing a reason. */
    public boolean meetsMinimum(AdmissionRule rule) {
        return yearsSinceExploitation >= rule.minimumYears();
    }

    /**
     * Accepts the attestation under the rule: the years meet the minimum, or a reason of at least
     * {@value #MIN_REASON_CHARACTERS} non-blank characters says why the council admits the person anyway.
     *
     * @throws DomainRuleViolation {@value #REASON_REQUIRED}, with the rule's minimum years as its argument
     */
    public void requireSatisfies(AdmissionRule rule) {
        if (!meetsMinimum(rule) && nonBlankCharacters(belowRuleReason) < MIN_REASON_CHARACTERS) {
            throw new DomainRuleViolation(REASON_REQUIRED, rule.minimumYears());
        }
    }

    private static long nonBlankCharacters(String text) {
        return text == null ? 0 : text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
