package org.nstac.portal.meeting.domain;

import java.time.Instant;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a meeting's minutes stand: {@code DRAFT} while the secretariat writes them, {@code SHARED} with the members
 * who attended, who may propose corrections until a deadline, then {@code PUBLISHED} to the council. Who may read
 * them in each state is {@link MinutesVisibility}'s rule.
 *
 * <p>Why attendees see them first and the deadline binds the secretariat too: minutes say what members said, under
 * their pseudonyms, and members were spoken for before. Those who were there read them first and may correct them;
 * the secretariat cannot publish before the time it gave them has passed, and nobody corrects minutes that are
 * already published. Nothing moves back: published minutes are the council's record.
 */
public enum MinutesState {
    DRAFT,
    SHARED,
    PUBLISHED;

    public static final String NOT_ALLOWED = "meeting.minutes.notAllowed";
    public static final String DEADLINE_INVALID = "meeting.minutes.deadline.invalid";
    public static final String CORRECTIONS_OPEN = "meeting.minutes.correctionsOpen";
    public static final String CORRECTIONS_CLOSED = "meeting.minutes.correctionsClosed";

    /** Whether {@code target} is the legal next state: draft to shared, shared to published. */
    public boolean canMoveTo(MinutesState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case DRAFT -> target == SHARED;
            case SHARED -> target == PUBLISHED;
            case PUBLISHED -> false;
        };
    }

    /**
     * Shares draft minutes with the attendees.
     *
     * @param correctionsUntil until when attendees may propose corrections; after {@code now}
     * @return {@code SHARED}
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} unless the minutes are a draft; {@value #DEADLINE_INVALID}
     *                             without a deadline after {@code now}
     */
    public MinutesState share(Instant correctionsUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        if (!canMoveTo(SHARED)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        if (correctionsUntil == null || !correctionsUntil.isAfter(now)) {
            throw new DomainRuleViolation(DEADLINE_INVALID);
        }
        return SHARED;
    }

    /**
     * Publishes shared minutes to the council, once the time for corrections is over.
     *
     * @return {@code PUBLISHED}
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} unless the minutes are shared; {@value #CORRECTIONS_OPEN}
     *                             before {@code correctionsUntil}
     */
    public MinutesState publish(Instant correctionsUntil, Instant now) {
        Objects.requireNonNull(correctionsUntil, "correctionsUntil");
        Objects.requireNonNull(now, "now");
        if (!canMoveTo(PUBLISHED)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        if (now.isBefore(correctionsUntil)) {
            throw new DomainRuleViolation(CORRECTIONS_OPEN);
        }
        return PUBLISHED;
    }

    /** Whether attendees may propose corrections: shared, and before {@code correctionsUntil}. */
    public boolean acceptsCorrections(Instant correctionsUntil, Instant now) {
        Objects.requireNonNull(now, "now");
        return this == SHARED && correctionsUntil != null && now.isBefore(correctionsUntil);
    }

    /**
     * Refuses a correction outside the window. Whether the person is an attendee is {@link MinutesVisibility}'s
     * rule.
     *
     * @throws DomainRuleViolation {@value #CORRECTIONS_CLOSED} unless {@link #acceptsCorrections}
     */
    public void requireCorrectionsOpen(Instant correctionsUntil, Instant now) {
        if (!acceptsCorrections(correctionsUntil, now)) {
            throw new DomainRuleViolation(CORRECTIONS_CLOSED);
        }
    }
}
