package org.nstac.portal.meeting.domain;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a meeting stands: {@code PLANNED} until the secretariat calls it off ({@code CANCELLED}).
 *
 * <p>Why a cancelled meeting is final: calling a meeting off tells every invitee and pays the travel of those who had
 * set out; "un-cancelling" it would leave members with a meeting they were told is not happening. The secretariat plans
 * a new one instead. A cancelled meeting is still read (by its invitees, with its minutes) but nothing more is planned,
 * changed, invited, answered or recorded in it: {@link MeetingRules} says which actions need a planned meeting.
 */
public enum MeetingState {
    PLANNED,
    CANCELLED;

    /** The refusal of anything that needs a planned meeting, on one that was called off. */
    public static final String CANCELLED_KEY = "meeting.cancelled";

    /** Whether {@code target} is a legal next state: only planned to cancelled. */
    public boolean canMoveTo(MeetingState target) {
        Objects.requireNonNull(target, "target");
        return this == PLANNED && target == CANCELLED;
    }

    /**
     * Checks a move and returns the new state, so the caller writes {@code state = state.moveTo(CANCELLED)}.
     *
     * @throws DomainRuleViolation {@value #CANCELLED_KEY} for any move {@link #canMoveTo} refuses
     */
    public MeetingState moveTo(MeetingState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(CANCELLED_KEY);
        }
        return target;
    }
}
