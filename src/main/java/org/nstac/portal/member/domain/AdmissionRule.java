package org.nstac.portal.member.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The council's rule on distance from exploitation: how many years should have passed before someone joins.
 *
 * <p>Why configurable: ODIHR recommends five years, and the ASTRA report doubts that any fixed number fits
 * everyone. The council sets its own minimum; admitting someone below it is allowed, with a recorded reason
 * (see {@link EligibilityAttestation}).
 *
 * @param minimumYears the recommended minimum, 0 to 80
 */
public record AdmissionRule(int minimumYears) {

    /** ODIHR's recommendation: five years. */
    public static final AdmissionRule DEFAULT = new AdmissionRule(5);

    public static final String INVALID = "member.admission.rule.invalid";

    public AdmissionRule {
        if (minimumYears < 0 || minimumYears > EligibilityAttestation.MAX_YEARS) {
            throw new DomainRuleViolation(INVALID, 0, EligibilityAttestation.MAX_YEARS);
        }
    }

    /**
     * Whether a person may be admitted: their attestation meets this rule (or records why not) and the
     * independent readiness assessment said they are ready.
     *
     * @throws DomainRuleViolation {@code member.admission.reasonRequired} or {@code member.admission.notReady}
     */
    public void requireAdmissible(EligibilityAttestation attestation, ReadinessAssessment readiness) {
        attestation.requireSatisfies(this);
        readiness.requireReady();
    }
}
