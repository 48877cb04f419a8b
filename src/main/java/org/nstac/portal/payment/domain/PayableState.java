package org.nstac.portal.payment.domain;

import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Where an amount owed to a member stands: {@code ACCRUED} when the work, meeting or expense gives rise to it,
 * {@code APPROVED} by a finance officer other than the one who entered it, {@code PAID} once transferred, or
 * {@code REJECTED} with a reason; {@code REVERSED} when an approval or payment is undone by a reversing entry.
 *
 * <p>Why these moves and no others: finance officers must be able to trust the ledger, so nothing is edited or
 * deleted. An approved or paid amount is undone only by a reversal that negates it exactly (a payment the bank
 * returned, an approval given in error), and the amount is then accrued again as a new payable if still owed. A
 * rejected or reversed payable is final, so a later figure never rests on a state that can change. An accrued amount
 * is not reversed but rejected, because nothing has been approved or paid yet that would need undoing.
 */
public enum PayableState {
    ACCRUED,
    APPROVED,
    PAID,
    REJECTED,
    REVERSED;

    public static final String NOT_ALLOWED = "payment.state.notAllowed";

    /** Whether {@code target} is a legal next state. */
    public boolean canMoveTo(PayableState target) {
        Objects.requireNonNull(target, "target");
        return switch (this) {
            case ACCRUED -> target == APPROVED || target == REJECTED;
            case APPROVED -> target == PAID || target == REVERSED;
            case PAID -> target == REVERSED;
            case REJECTED, REVERSED -> false;
        };
    }

    /**
     * Checks a move and returns the new state, so the caller writes {@code state = state.moveTo(APPROVED)}.
     *
     * @throws DomainRuleViolation {@value #NOT_ALLOWED} for any move {@link #canMoveTo} refuses
     */
    public PayableState moveTo(PayableState target) {
        if (!canMoveTo(target)) {
            throw new DomainRuleViolation(NOT_ALLOWED);
        }
        return target;
    }

    /** Whether the payable can no longer change. */
    public boolean isFinal() {
        return this == REJECTED || this == REVERSED;
    }
}
