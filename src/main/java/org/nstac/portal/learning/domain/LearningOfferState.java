package org.nstac.portal.learning.domain;

import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a learning offer stands. {@code offer = offer.moveTo(ACCEPTED)}; every allowed move:
 * <ul>
 *   <li>{@code OFFERED -> ACCEPTED | DECLINED}: the member answers, without a reason;</li>
 *   <li>{@code ACCEPTED -> COMPLETED}: the secretariat records the completion (it goes on the member's record, paid
 *       time to the ledger);</li>
 *   <li>{@code ACCEPTED -> DECLINED}: the member steps back before it is completed; nothing is held against them.</li>
 * </ul>
 * Declined and completed are final: a declined offer is not offered again (a new opportunity is), and a completion is
 * a fact on the record.
 */
public enum LearningOfferState {
    OFFERED, ACCEPTED, DECLINED, COMPLETED;

    public static final String NOT_ALLOWED = "learning.offer.notAllowed";
    public static final String NOT_ACCEPTED = "learning.completion.notAccepted";

    private Set<LearningOfferState> next() {
        return switch (this) {
            case OFFERED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(COMPLETED, DECLINED);
            case DECLINED, COMPLETED -> EnumSet.noneOf(LearningOfferState.class);
        };
    }

    /**
     * @throws DomainRuleViolation {@value #NOT_ACCEPTED} for a completion of an offer never accepted; {@value
     *                             #NOT_ALLOWED} for any other move not listed
     */
    public LearningOfferState moveTo(LearningOfferState target) {
        if (!next().contains(target)) {
            throw new DomainRuleViolation(target == COMPLETED && this != COMPLETED ? NOT_ACCEPTED : NOT_ALLOWED);
        }
        return target;
    }

    /** Whether the offer holds one of the opportunity's places (offered, accepted or completed). */
    public boolean holdsAPlace() {
        return this != DECLINED;
    }
}
