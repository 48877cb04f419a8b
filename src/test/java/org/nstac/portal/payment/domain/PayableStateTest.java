package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.payment.domain.PayableState.ACCRUED;
import static org.nstac.portal.payment.domain.PayableState.APPROVED;
import static org.nstac.portal.payment.domain.PayableState.PAID;
import static org.nstac.portal.payment.domain.PayableState.REJECTED;
import static org.nstac.portal.payment.domain.PayableState.REVERSED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class PayableStateTest {

    /** The only moves there are. */
    private static final Set<List<PayableState>> ALLOWED = Set.of(
            List.of(ACCRUED, APPROVED), List.of(ACCRUED, REJECTED),
            List.of(APPROVED, PAID), List.of(APPROVED, REVERSED),
            List.of(PAID, REVERSED));

    @Test
    void aPayableMovesOnlyAlongTheLegalTransitions() {
        for (PayableState from : PayableState.values()) {
            for (PayableState to : PayableState.values()) {
                boolean allowed = ALLOWED.contains(List.of(from, to));
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (allowed) {
                    assertEquals(to, from.moveTo(to));
                } else {
                    DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> from.moveTo(to),
                            from + " -> " + to);
                    assertEquals(PayableState.NOT_ALLOWED, refusal.key());
                    assertEquals(List.of(), refusal.args());
                }
            }
        }
    }

    @Test
    void nothingIsPaidWithoutApprovalAndRejectedOrReversedIsFinal() {
        assertEquals(REVERSED, ACCRUED.moveTo(APPROVED).moveTo(PAID).moveTo(REVERSED));
        assertThrows(DomainRuleViolation.class, () -> ACCRUED.moveTo(PAID));
        assertThrows(DomainRuleViolation.class, () -> REJECTED.moveTo(APPROVED), "a rejection is not quietly undone");
        Set<PayableState> finals = EnumSet.noneOf(PayableState.class);
        for (PayableState state : PayableState.values()) {
            if (state.isFinal()) {
                finals.add(state);
            }
        }
        assertEquals(EnumSet.of(REJECTED, REVERSED), finals);
    }
}
