package org.nstac.portal.learning.domain;

import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Who may be offered a learning opportunity, with a reason for each refusal (the secretariat sees them):
 * <ul>
 *   <li>a paused or withdrawn member is offered nothing: a pause is for as long as they need;</li>
 *   <li>council work, learning included, needs the council-work consent and the engagement terms in force;</li>
 *   <li>a training that touches a topic the member chose not to meet is not offered to them.</li>
 * </ul>
 */
public final class LearningEligibility {

    /** Why a member may not be offered an opportunity, in the order {@link #require} reports them. */
    public enum Reason {
        PAUSED, WITHDRAWN, MISSING_CONSENT_COUNCIL_WORK, TERMS_NOT_ACCEPTED, AVOIDS_TOPIC;

        public static final String KEY_PREFIX = "learning.ineligible.";

        public String messageKey() {
            return this == TERMS_NOT_ACCEPTED ? "terms.required" : KEY_PREFIX + name();
        }
    }

    /**
     * A member as eligibility sees them today.
     *
     * @param memberRef     the reference
     * @param paused        paused today
     * @param withdrawn     withdrew
     * @param councilWork   the council-work consent holds
     * @param termsAccepted the engagement terms in force are accepted
     * @param avoidedTopics content-note codes the member chose not to meet
     */
    public record Candidate(String memberRef, boolean paused, boolean withdrawn, boolean councilWork,
            boolean termsAccepted, Set<String> avoidedTopics) {
    }

    private LearningEligibility() {
    }

    public static Set<Reason> whyNot(Set<String> contentNotes, Candidate c) {
        Set<Reason> why = EnumSet.noneOf(Reason.class);
        if (c.paused()) {
            why.add(Reason.PAUSED);
        }
        if (c.withdrawn()) {
            why.add(Reason.WITHDRAWN);
        }
        if (!c.councilWork()) {
            why.add(Reason.MISSING_CONSENT_COUNCIL_WORK);
        }
        if (!c.termsAccepted()) {
            why.add(Reason.TERMS_NOT_ACCEPTED);
        }
        if (c.avoidedTopics().stream().anyMatch(contentNotes::contains)) {
            why.add(Reason.AVOIDS_TOPIC);
        }
        return why;
    }

    /** @throws DomainRuleViolation the first reason's key */
    public static void require(Set<String> contentNotes, Candidate c) {
        Set<Reason> why = whyNot(contentNotes, c);
        if (!why.isEmpty()) {
            throw new DomainRuleViolation(why.iterator().next().messageKey());
        }
    }
}
