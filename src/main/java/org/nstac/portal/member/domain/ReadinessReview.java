package org.nstac.portal.member.domain;

import java.time.LocalDate;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A later readiness assessment of a member, over time: the outcome as at admission (date, organisation, READY or
 * NOT_YET; never notes), and for NOT_YET the day the person is to be assessed again. "Not yet" is not a verdict: it
 * says when to look again, and the secretariat sees it when that day comes.
 *
 * @param reassessOn required for NOT_YET and after the assessment's date; ignored (null) for READY
 */
public record ReadinessReview(ReadinessAssessment assessment, LocalDate reassessOn) {

    public static final String REASSESS_REQUIRED = "member.readiness.reassess.required";
    public static final String REASSESS_NOT_AFTER = "member.readiness.reassess.notAfter";
    /** How far ahead a re-assessment may be set. */
    public static final int MAX_YEARS_AHEAD = 2;
    public static final String REASSESS_TOO_FAR = "member.readiness.reassess.tooFar";

    public ReadinessReview {
        if (assessment.isReady()) {
            reassessOn = null;
        } else if (reassessOn == null) {
            throw new DomainRuleViolation(REASSESS_REQUIRED);
        } else if (!reassessOn.isAfter(assessment.date())) {
            throw new DomainRuleViolation(REASSESS_NOT_AFTER);
        } else if (reassessOn.isAfter(assessment.date().plusYears(MAX_YEARS_AHEAD))) {
            throw new DomainRuleViolation(REASSESS_TOO_FAR, MAX_YEARS_AHEAD);
        }
    }

    /** Whether a re-assessment is due on {@code today}: NOT_YET and its day has come. */
    public boolean dueOn(LocalDate today) {
        return reassessOn != null && !reassessOn.isAfter(today);
    }
}
