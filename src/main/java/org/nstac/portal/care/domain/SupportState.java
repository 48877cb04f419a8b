package org.nstac.portal.care.domain;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a support request stands. {@code OPEN} until the person it reached acknowledges it; {@code ESCALATED} when it
 * waited longer than its urgency allows and the chair was told; {@code ACKNOWLEDGED} once someone it reached said
 * "I have it", which ends it.
 *
 * <p>Why these moves: an escalated request can still be acknowledged by the support person (they may just have been
 * late) or by the chair; an acknowledged request never reopens: the member asks again, which costs them one click.
 */
public enum SupportState {
    OPEN,
    ESCALATED,
    ACKNOWLEDGED;

    public static final String NOT_ALLOWED = "care.support.state.notAllowed";

    public boolean canMoveTo(SupportState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case OPEN -> target == ESCALATED || target == ACKNOWLEDGED;
            case ESCALATED -> target == ACKNOWLEDGED;
            case ACKNOWLEDGED -> false;
        };
    }

    /**
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} for a move {@link #canMoveTo} refuses
     */
    public SupportState moveTo(SupportState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** Still waiting for someone to acknowledge it. */
    public boolean isWaiting() {
        return this != ACKNOWLEDGED;
    }
}
