package org.nstac.portal.task.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where an offer of a task to one member stands. An offer is {@code OFFERED} until the member accepts or declines
 * it, it runs out ({@code EXPIRED}), or the secretariat withdraws it ({@code CANCELLED}); accepted work can still be
 * cancelled. Nothing else moves, and nothing moves back.
 *
 * <p>Why declining is final and free: a member may say no to any offer, without a reason and without penalty. A
 * declined offer is never reopened (asking again would be pressure), and {@link Suggestion} counts offers received,
 * not answers, so a decline never moves anyone down the list. A member who steps back after accepting has the offer
 * {@code CANCELLED}, like any cancellation, with no mark against them.
 *
 * <p>Why offers expire: an offer nobody answers blocks the task and, worse, reads as silent pressure on the member.
 * After {@link #DEFAULT_VALIDITY} it expires by itself and the secretariat offers the task to the next person.
 */
public enum OfferState {
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    CANCELLED;

    public static final String NOT_ALLOWED = "task.offer.notAllowed";

    /** A week: time to think and to ask someone, without keeping the task waiting. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    /** Whether {@code target} is a legal next state. */
    public boolean canMoveTo(OfferState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case OFFERED -> target != OFFERED;
            case ACCEPTED -> target == CANCELLED;
            case DECLINED, EXPIRED, CANCELLED -> false;
        };
    }

    /**
     * Checks a move and returns the new state, so the caller writes {@code state = state.moveTo(ACCEPTED)}.
     *
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} for any move {@link #canMoveTo} refuses
     */
    public OfferState moveTo(OfferState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** Whether the offer can no longer change. */
    public boolean isFinal() {
        return this == DECLINED || this == EXPIRED || this == CANCELLED;
    }

    /**
     * When an offer made at {@code offeredAt} stops being open; at that instant it has expired.
     *
     * @throws IllegalArgumentException for a validity that is not positive
     */
    public static Instant expiresAt(Instant offeredAt, Duration validity) {
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("An offer is valid for some time");
        }
        return offeredAt.plus(validity);
    }

    /** As {@link #expiresAt(Instant, Duration)} with the {@linkplain #DEFAULT_VALIDITY default validity}. */
    public static Instant expiresAt(Instant offeredAt) {
        return expiresAt(offeredAt, DEFAULT_VALIDITY);
    }
}
