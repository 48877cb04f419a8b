package org.nstac.portal.care.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a proposed quote or photo stands. Only {@code APPROVED} is usable.
 *
 * <p>Why these moves: the member decides each quote once, yes or no ({@code PROPOSED} to {@code APPROVED} or
 * {@code DECLINED}); a yes may be taken back ({@code APPROVED} to {@code WITHDRAWN}) until the publication day, so
 * nobody is held to words they no longer want used. A no and a withdrawal are final: using the words after all takes
 * a new proposal the member decides afresh, never a silent change of mind recorded by someone else.
 */
public enum QuoteState {
    PROPOSED,
    APPROVED,
    DECLINED,
    WITHDRAWN;

    public static final String NOT_ALLOWED = "care.quote.state.notAllowed";

    public boolean canMoveTo(QuoteState target) {
        return switch (this) {
            case PROPOSED -> target == APPROVED || target == DECLINED;
            case APPROVED -> target == WITHDRAWN;
            case DECLINED, WITHDRAWN -> false;
        };
    }

    /** @throws DomainRuleViolation {@value #NOT_ALLOWED} for a move {@link #canMoveTo} refuses */
    public QuoteState moveTo(QuoteState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** The state a member's answer leads to from here: yes approves; no declines, or withdraws an approval. */
    public QuoteState afterDecision(boolean approve) {
        if (approve) {
            return this == APPROVED ? APPROVED : moveTo(APPROVED);
        }
        return moveTo(this == APPROVED ? WITHDRAWN : DECLINED);
    }

    public boolean isUsable() {
        return this == APPROVED;
    }
}
