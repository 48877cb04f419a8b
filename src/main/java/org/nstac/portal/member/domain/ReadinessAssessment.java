package org.nstac.portal.member.domain;

import java.time.Clock;
import java.time.LocalDate;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The outcome of the readiness assessment an independent professional carries out before someone joins the
 * council: when, by which organisation, and whether the person is ready now.
 *
 * <p>Why only the outcome: the assessment itself is the professional's and the person's. The portal records that
 * it took place and what it concluded, never clinical notes, a diagnosis or a case file, and it has no field
 * where such things could be typed.
 *
 * @param date         the day of the assessment; not in the future when recorded
 * @param organisation the independent professional's organisation, 2 to 200 characters; the organisation only,
 *                     not the professional's name
 * @param outcome      ready now, or not yet
 */
public record ReadinessAssessment(LocalDate date, String organisation, Outcome outcome) {

    /** The assessment's conclusion. {@code NOT_YET} is not a refusal: the person may be assessed again later. */
    public enum Outcome {
        READY,
        NOT_YET
    }

    public static final String DATE_REQUIRED = "member.readiness.date.required";
    public static final String DATE_IN_FUTURE = "member.readiness.date.future";
    public static final String ORGANISATION_INVALID = "member.readiness.organisation.invalid";
    public static final String OUTCOME_REQUIRED = "member.readiness.outcome.required";
    public static final String NOT_READY = "member.admission.notReady";

    /**
     * Checks what holds for any stored assessment. The organisation is stripped of surrounding spaces.
     *
     * @throws DomainRuleViolation {@value #DATE_REQUIRED}, {@value #ORGANISATION_INVALID} (arguments 2 and 200)
     *                             or {@value #OUTCOME_REQUIRED}
     */
    public ReadinessAssessment {
        if (date == null) {
            throw new DomainRuleViolation(DATE_REQUIRED);
        }
        organisation = organisation == null ? "" : organisation.strip();
        if (organisation.length() < 2 || organisation.length() > 200) {
            throw new DomainRuleViolation(ORGANISATION_INVALID, 2, 200);
        }
        if (outcome == null) {
            throw new DomainRuleViolation(OUTCOME_REQUIRED);
        }
    }

    /**
     * An assessment as the secretariat records it now: its date may not lie in the future.
     *
     * @param clock the portal's clock; "today" is taken in its zone
     * @throws DomainRuleViolation {@value #DATE_IN_FUTURE}, or as the constructor
     */
    public static ReadinessAssessment recorded(LocalDate date, String organisation, Outcome outcome, Clock clock) {
        ReadinessAssessment assessment = new ReadinessAssessment(date, organisation, outcome);
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation(DATE_IN_FUTURE);
        }
        return assessment;
    }

    public boolean isReady() {
        return outcome == Outcome.READY;
    }

    /**
     * Admission goes ahead only after a {@code READY} outcome.
     *
     * @throws DomainRuleViolation {@value #NOT_READY} when the outcome is {@code NOT_YET}
     */
    public void requireReady() {
        if (!isReady()) {
            throw new DomainRuleViolation(NOT_READY);
        }
    }
}
