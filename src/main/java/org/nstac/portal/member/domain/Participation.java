package org.nstac.portal.member.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Whether a member is taking part in the council's work: active, paused (until a date or until they come back),
 * or withdrawn for good.
 *
 * <p>Why it matters: members can step back at any moment, with no reason asked and no penalty. A pause takes
 * effect at once; a pause with an end date ends by itself the day after that date, so nobody has to remember
 * to switch the member back on. Withdrawal is final: the member's identity is then erased (see the vault), and
 * nothing can pause or resume a withdrawn member.
 *
 * <p>Immutable: each change returns the new participation. Matches the {@code member.status} and
 * {@code member.paused_until} columns.
 *
 * @param status      the recorded state
 * @param pausedUntil the last day of a pause, inclusive; {@code null} for an open-ended pause and for any other
 *                    state
 */
public record Participation(Status status, LocalDate pausedUntil) {

    /** The recorded state. A dated pause stays {@code PAUSED} here after it ends; see {@link #statusOn}. */
    public enum Status {
        ACTIVE,
        PAUSED,
        WITHDRAWN
    }

    public static final String WITHDRAWN = "member.participation.withdrawn";
    public static final String PAUSE_END_IN_PAST = "member.participation.pause.untilInPast";
    public static final String INVALID = "member.participation.invalid";

    /** @throws DomainRuleViolation {@value #INVALID} when an end date is given for a state other than a pause */
    public Participation {
        Objects.requireNonNull(status, "status");
        if (pausedUntil != null && status != Status.PAUSED) {
            throw new DomainRuleViolation(INVALID);
        }
    }

    /** A newly admitted member. */
    public static Participation active() {
        return new Participation(Status.ACTIVE, null);
    }

    /**
     * Steps back from the council's work from today. Pausing while paused replaces the pause (a new end date, or
     * none).
     *
     * @param until the last day of the pause, inclusive; {@code null} for "until I come back"
     * @param today the member's today
     * @throws DomainRuleViolation {@value #WITHDRAWN} for a withdrawn member; {@value #PAUSE_END_IN_PAST} when
     *                             {@code until} is before today
     */
    public Participation pause(LocalDate until, LocalDate today) {
        Objects.requireNonNull(today, "today");
        requireNotWithdrawn();
        if (until != null && until.isBefore(today)) {
            throw new DomainRuleViolation(PAUSE_END_IN_PAST);
        }
        return new Participation(Status.PAUSED, until);
    }

    /**
     * Comes back before the pause ends (or after an open-ended one). Resuming an active member changes nothing.
     *
     * @throws DomainRuleViolation {@value #WITHDRAWN} for a withdrawn member
     */
    public Participation resume() {
        requireNotWithdrawn();
        return active();
    }

    /**
     * Leaves the council for good, from any state. Withdrawing again changes nothing; the caller decides from
     * {@link #isWithdrawn()} whether the erasure that follows withdrawal still has to run.
     */
    public Participation withdraw() {
        return isWithdrawn() ? this : new Participation(Status.WITHDRAWN, null);
    }

    private void requireNotWithdrawn() {
        if (isWithdrawn()) {
            throw new DomainRuleViolation(WITHDRAWN);
        }
    }

    public boolean isWithdrawn() {
        return status == Status.WITHDRAWN;
    }

    /** The state that holds on a day: a dated pause counts as {@code ACTIVE} after its last day. */
    public Status statusOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (status == Status.PAUSED && pausedUntil != null && day.isAfter(pausedUntil)) {
            return Status.ACTIVE;
        }
        return status;
    }

    /** Whether the member is taking part on that day. */
    public boolean isActiveOn(LocalDate day) {
        return statusOn(day) == Status.ACTIVE;
    }

    /**
     * Whether the member may be offered tasks, invited to meetings or reminded of anything today. A paused member
     * gets nothing until the pause ends, even for work due after it: a pause is a pause from the council, not
     * from particular dates. Nothing ever asks the member why.
     */
    public boolean isOfferable(LocalDate today) {
        return isActiveOn(today);
    }
}
