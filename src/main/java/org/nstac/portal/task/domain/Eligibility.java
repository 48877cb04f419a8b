package org.nstac.portal.task.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Whether a task may be offered to a member, and if not, every reason why.
 *
 * <p>Why every reason and not the first: the secretariat sees why a member is not on the list (and a page can show
 * it next to their pseudonym), so it does not "fix" one reason and offer the task anyway. The reasons never name
 * which topic a member avoids or which consent they withdrew; a page shows only the reason.
 *
 * <p>Why these rules:
 * <ul>
 *   <li>A paused member is offered nothing until the pause ends, and a withdrawn member nothing ever: stepping back
 *       carries no penalty and no pressure (see {@link org.nstac.portal.member.domain.Participation}).</li>
 *   <li>A task needing a role goes only to members who offer every role it needs: nobody is asked to speak in public
 *       who offered to review drafts. A task that needs no role may go to anyone.</li>
 *   <li>A task touching a topic the member chose to avoid never reaches them, however well they fit otherwise.</li>
 *   <li>A member's hours a month are a limit, not a wish: the task's estimate must fit in what is left of this
 *       month. Offering 0 hours means offering none.</li>
 *   <li>Consent comes first: council work always needs consent to council work, a public task consent to appear in
 *       public, a task with media present consent to photographs ({@link TaskTerms#consentsNeeded()}).</li>
 * </ul>
 */
public final class Eligibility {

    /** Why a member may not be offered a task; in the order {@link #require} reports them. */
    public enum Reason {
        PAUSED,
        WITHDRAWN,
        ROLE_NOT_OFFERED,
        AVOIDS_TOPIC,
        NO_HOURS_LEFT,
        MISSING_CONSENT_COUNCIL_WORK,
        MISSING_CONSENT_PUBLIC_APPEARANCE,
        MISSING_CONSENT_PHOTOGRAPHS;

        /** Completed by the constant's name, e.g. {@code task.ineligible.PAUSED}. */
        public static final String KEY_PREFIX = "task.ineligible.";

        /** The message-bundle key saying this reason. */
        public String messageKey() {
            return KEY_PREFIX + name();
        }

        static Reason missing(ConsentPurpose purpose) {
            return switch (purpose) {
                case COUNCIL_WORK -> MISSING_CONSENT_COUNCIL_WORK;
                case PUBLIC_APPEARANCE -> MISSING_CONSENT_PUBLIC_APPEARANCE;
                case PHOTOGRAPHS -> MISSING_CONSENT_PHOTOGRAPHS;
                default -> throw new IllegalArgumentException("No task needs consent to " + purpose);
            };
        }
    }

    private Eligibility() {
    }

    /** Every reason the task may not be offered to the candidate, in declaration order; empty when it may. */
    public static Set<Reason> whyNot(TaskTerms task, Candidate candidate) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(candidate, "candidate");
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (candidate.statusToday() == Status.PAUSED) {
            reasons.add(Reason.PAUSED);
        }
        if (candidate.statusToday() == Status.WITHDRAWN) {
            reasons.add(Reason.WITHDRAWN);
        }
        if (!candidate.rolesOffered().containsAll(task.rolesNeeded())) {
            reasons.add(Reason.ROLE_NOT_OFFERED);
        }
        if (!Collections.disjoint(task.topics(), candidate.avoidedTopics())) {
            reasons.add(Reason.AVOIDS_TOPIC);
        }
        if (task.estimatedHours().compareTo(candidate.hoursLeftThisMonth()) > 0) {
            reasons.add(Reason.NO_HOURS_LEFT);
        }
        for (ConsentPurpose purpose : task.consentsNeeded()) {
            if (!candidate.validConsents().contains(purpose)) {
                reasons.add(Reason.missing(purpose));
            }
        }
        return Collections.unmodifiableSet(reasons);
    }

    /** Whether the task may be offered to the candidate. */
    public static boolean isEligible(TaskTerms task, Candidate candidate) {
        return whyNot(task, candidate).isEmpty();
    }

    /**
     * Refuses an offer the rules do not allow; the application service calls it again when the offer is made, since
     * the member may have paused or withdrawn a consent since the list was shown.
     *
     * @throws DomainRuleViolation with the {@linkplain Reason#messageKey() key} of the first reason, in
     *                             declaration order, and no arguments
     */
    public static void require(TaskTerms task, Candidate candidate) {
        Set<Reason> reasons = whyNot(task, candidate);
        if (!reasons.isEmpty()) {
            throw new DomainRuleViolation(reasons.iterator().next().messageKey());
        }
    }
}
