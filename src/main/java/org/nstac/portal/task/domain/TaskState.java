package org.nstac.portal.task.domain;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a task stands: {@code OPEN} while it is offered and worked on, {@code IN_REVIEW} once the member hands in
 * the work, {@code CHANGES_REQUESTED} when the secretariat asks for changes (the member hands in again, back to
 * {@code IN_REVIEW}), {@code ACCEPTED} when the work is accepted and can be paid, or {@code CANCELLED}.
 *
 * <p>Why these moves and no others: acceptance is the secretariat's answer to work handed in, so a task is accepted
 * only from review; an accepted or cancelled task is final, so a payment never rests on a state that can change.
 * A task may be cancelled at any stage before acceptance, but cancelling is not a way out of paying: hours already
 * logged stay logged and are paid as accepted work (rework after a request for changes included).
 */
public enum TaskState {
    OPEN,
    IN_REVIEW,
    CHANGES_REQUESTED,
    ACCEPTED,
    CANCELLED;

    public static final String NOT_ALLOWED = "task.state.notAllowed";

    /** Whether {@code target} is a legal next state. */
    public boolean canMoveTo(TaskState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case OPEN, CHANGES_REQUESTED -> target == IN_REVIEW || target == CANCELLED;
            case IN_REVIEW -> target == ACCEPTED || target == CHANGES_REQUESTED || target == CANCELLED;
            case ACCEPTED, CANCELLED -> false;
        };
    }

    /**
     * Checks a move and returns the new state, so the caller writes {@code state = state.moveTo(IN_REVIEW)}.
     *
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} for any move {@link #canMoveTo} refuses
     */
    public TaskState moveTo(TaskState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** Whether the task can no longer change. */
    public boolean isFinal() {
        return this == ACCEPTED || this == CANCELLED;
    }
}
