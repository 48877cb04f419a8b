package org.nstac.portal.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.nstac.portal.shared.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.api.PayableResource;
import org.nstac.portal.shared.InputRules;

/**
 * A rate without its first day, a payable without its member, a payment without the bank's reference and a decision
 * without a reason are refused with the keys finance has always seen.
 */
class PaymentInputTest {

    @Test
    void aRateNeedsTheDayItTakesEffect() {
        assertEquals(List.of("payment.rate.validFromRequired", List.of()),
                refusal(new RateCards.NewRate("TASK_HOUR", null, "1500", "1500", "RSD", null)));
        RateCards.NewRate ok = new RateCards.NewRate("TASK_HOUR", null, "1500", "1500", "RSD",
                LocalDate.of(2027, 1, 1));
        assertSame(ok, InputRules.check(ok));
    }

    @Test
    void aPayableEnteredByHandNeedsAMemberReference() {
        for (String blank : new String[] {null, " "}) {
            assertEquals(List.of("payment.payable.memberRequired", List.of()),
                    refusal(new PayableResource.NewPayable(blank, "PUBLIC_SPEAKING", null, "1", null, null, null,
                            null)));
        }
        // the activity, quantity and date are read by the resource afterwards, in its own order
        PayableResource.NewPayable ok = new PayableResource.NewPayable("m-1", null, null, null, null, null, null,
                null);
        assertSame(ok, InputRules.check(ok));
    }

    @Test
    void aPaymentNeedsTheBanksReferenceWithinItsLimit() {
        for (String blank : new String[] {null, "", "   "}) {
            assertEquals(List.of("payment.pay.referenceRequired", List.of()),
                    refusal(new PayableDecisions.PaymentReference(blank)));
        }
        assertEquals(List.of("payment.pay.referenceTooLong", List.of(PayableDecisions.MAX_REFERENCE)),
                refusal(new PayableDecisions.PaymentReference("r".repeat(PayableDecisions.MAX_REFERENCE + 1))));
        assertEquals("r".repeat(PayableDecisions.MAX_REFERENCE), InputRules.check(new PayableDecisions
                .PaymentReference(" " + "r".repeat(PayableDecisions.MAX_REFERENCE) + " ")).reference());
    }

    @Test
    void aRejectionOrReversalNeedsAReasonOfAWordAtLeastAndAtMostItsLimit() {
        for (String tooShort : new String[] {null, "", "  ", "ok", " ok "}) {
            assertEquals(List.of("payment.reason.required", List.of()),
                    refusal(new PayableDecisions.DecisionReason(tooShort)));
        }
        assertEquals(List.of("payment.reason.tooLong", List.of(PayableDecisions.MAX_REASON)),
                refusal(new PayableDecisions.DecisionReason("w".repeat(PayableDecisions.MAX_REASON + 1))));
        assertEquals("Duplicate\nof 12",
                InputRules.check(new PayableDecisions.DecisionReason(" Duplicate\nof 12 ")).reason());
        assertEquals("abc", InputRules.check(new PayableDecisions.DecisionReason("abc")).reason());
    }
}
