package org.nstac.portal.consultation.domain;

import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a consultation stands, in the only order it may go: a ministry prepares a {@code DRAFT}, {@code OPEN}s it
 * for the council's comments, it is {@code CLOSED} for comments, {@code ANSWERED} once the ministry has answered
 * every comment, and the council's report is then {@code REPORT_PUBLISHED}.
 *
 * <p>Why one step at a time and never back: members comment on what the ministry showed them, and the report
 * states what the ministry did with each comment. Reopening or skipping a phase would let a ministry close a
 * consultation without answering, or change the ground under comments already written. The step to
 * {@code ANSWERED} is the council's safeguard against being consulted "to tick off a to-do list": it is refused
 * while any comment the ministry can see still has no answer. Comments the ministry never sees (internal to the
 * council, or hidden by the secretariat) do not count; see {@link AuthorView#needsMinistryAnswer()}.
 *
 * <p>An NGO or a trade union does not open a consultation by itself: it asks the council for advice, and its
 * consultation starts {@code REQUESTED}. The secretariat accepts the request (it becomes a {@code DRAFT} the partner
 * then runs as a ministry runs its own) or declines it ({@code DECLINED}, final, with a reason). The council's time
 * is the council's to give; a request it has not accepted never reaches members.
 */
public enum Phase {
    /** A partner's request for the council's advice, waiting for the secretariat. */
    REQUESTED,
    DRAFT,
    OPEN,
    CLOSED,
    ANSWERED,
    REPORT_PUBLISHED,
    /** A request for advice the secretariat declined, with its reason: final. */
    DECLINED;

    public static final String NOT_ALLOWED = "consultation.phase.notAllowed";
    public static final String UNANSWERED = "consultation.phase.unanswered";

    /**
     * The phase this phase normally moves to (a request's acceptance, for {@code REQUESTED}); empty for
     * {@code REPORT_PUBLISHED} and {@code DECLINED}, which are final.
     */
    public Optional<Phase> next() {
        return switch (this) {
            case REQUESTED -> Optional.of(DRAFT);
            case DRAFT -> Optional.of(OPEN);
            case OPEN -> Optional.of(CLOSED);
            case CLOSED -> Optional.of(ANSWERED);
            case ANSWERED -> Optional.of(REPORT_PUBLISHED);
            case REPORT_PUBLISHED, DECLINED -> Optional.empty();
        };
    }

    /**
     * Whether {@code target} is the next phase, or {@code DECLINED} for a request; says nothing about unanswered
     * comments.
     */
    public boolean canMoveTo(Phase target) {
        Objects.requireNonNull(target, "target");
        return next().filter(target::equals).isPresent() || (this == REQUESTED && target == DECLINED);
    }

    /** Whether this is a partner's request for advice the secretariat has not accepted (waiting or declined). */
    public boolean isRequest() {
        return this == REQUESTED || this == DECLINED;
    }

    /**
     * Checks a move to {@code target} and returns it, so the caller writes {@code phase = phase.moveTo(...)}.
     *
     * @param target                    the phase asked for
     * @param unansweredVisibleComments comments the owning ministry can see that have no answer yet; only the
     *                                  move from {@code CLOSED} to {@code ANSWERED} looks at it
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} when {@code target} is not the next phase (no skipping, no
     *                             going back, nothing after {@code REPORT_PUBLISHED}); {@value #UNANSWERED}, with
     *                             the number of unanswered comments as argument, when moving to {@code ANSWERED}
     *                             while any remain
     */
    public Phase moveTo(Phase target, int unansweredVisibleComments) {
        if (unansweredVisibleComments < 0) {
            throw new IllegalArgumentException("A number of comments cannot be negative");
        }
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        if (target == ANSWERED && unansweredVisibleComments > 0) {
            throw new DomainRuleViolation(UNANSWERED, unansweredVisibleComments);
        }
        return target;
    }

    /** Whether the consultation has left its draft: members, chair and observers may then read it. */
    public boolean isPastDraft() {
        return this != DRAFT && !isRequest();
    }
}
