package org.nstac.portal.care.domain;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where a debrief offered after sensitive work stands: {@code OFFERED} until the member answers, {@code ACCEPTED}
 * (the support person sees it and arranges it) or {@code DECLINED}. No reason is asked either way.
 *
 * <p>Why a decline can still turn into a yes: some members want a debrief only days later, and nobody asks them again
 * (asking again would be pressure), so the member may come back and accept. An accepted debrief is final: the support
 * person already has it, and a member who no longer wants it simply says so to them.
 */
public enum DebriefState {
    OFFERED,
    ACCEPTED,
    DECLINED;

    public static final String NOT_ALLOWED = "care.debrief.state.notAllowed";

    public boolean canMoveTo(DebriefState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case OFFERED -> target == ACCEPTED || target == DECLINED;
            case DECLINED -> target == ACCEPTED;
            case ACCEPTED -> false;
        };
    }

    /** @throws DomainRuleViolation {@value #NOT_ALLOWED} for a move {@link #canMoveTo} refuses */
    public DebriefState moveTo(DebriefState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** Whether the member may still answer (a first answer, or a yes after a no). */
    public boolean isOpenToAnswer() {
        return this != ACCEPTED;
    }
}
