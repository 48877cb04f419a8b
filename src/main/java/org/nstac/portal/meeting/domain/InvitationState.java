package org.nstac.portal.meeting.domain;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where one member's invitation to one meeting stands. An invitation is {@code INVITED} until the member accepts or
 * declines it; a member who accepted may still decline before the meeting starts. The secretariat may withdraw an
 * open invitation ({@code WITHDRAWN}), and the portal withdraws it when the member withdraws a consent the meeting
 * needs. Cancelling the meeting cancels every open invitation ({@code CANCELLED}).
 *
 * <p>Why these moves: declining is free, needs no reason and is never held against anyone, so it is also allowed
 * after accepting. A declined, withdrawn or cancelled invitation is final: asking a member again who said no is
 * pressure, and a member who changes their mind tells the secretariat, who may invite them again. "Any invitation
 * may be withdrawn" means any open one; a declined invitation has nothing left to withdraw. When each move may
 * happen (before the start, with which consents) is decided in {@link InvitationRules}.
 */
public enum InvitationState {
    INVITED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    CANCELLED;

    public static final String NOT_ALLOWED = "meeting.invitation.notAllowed";

    /** Whether {@code target} is a legal next state. */
    public boolean canMoveTo(InvitationState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case INVITED -> target != INVITED;
            case ACCEPTED -> target == DECLINED || target == WITHDRAWN || target == CANCELLED;
            case DECLINED, WITHDRAWN, CANCELLED -> false;
        };
    }

    /**
     * Checks a move and returns the new state, so the caller writes {@code state = state.moveTo(ACCEPTED)}.
     *
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} for any move {@link #canMoveTo} refuses
     */
    public InvitationState moveTo(InvitationState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** Whether the invitation can still change: invited or accepted. */
    public boolean isOpen() {
        return this == INVITED || this == ACCEPTED;
    }

    /** Whether the invitation can no longer change. */
    public boolean isFinal() {
        return !isOpen();
    }

    /**
     * Whether the holder of this invitation may see the meeting's online link (at the times {@link
     * MeetingTimes#linkVisible(java.time.Instant, java.time.ZoneId)} allows): only an open invitation.
     */
    public boolean seesLink() {
        return isOpen();
    }
}
