package org.nstac.portal.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.api.PayableResource;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/** A rate without its first day and a payable without its member are refused with the keys finance has always seen. */
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

    private static List<Object> refusal(Object input) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> InputRules.check(input));
        return List.of(refused.key(), refused.args());
    }
}
