package org.nstac.portal.payment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class LostDaysTest {

    @Test
    void lostEarningsAreClaimedByTheHalfDayUpToFive() {
        assertEquals(new BigDecimal("0.5"), ExpenseClaims.lostDays("0.5"));
        assertEquals(new BigDecimal("1.5"), ExpenseClaims.lostDays("1,5"));
        assertEquals(new BigDecimal("5.0"), ExpenseClaims.lostDays("5"));
        for (String bad : List.of("0", "-1", "0.25", "1.75", "5.5", "6", "two", "", " ")) {
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> ExpenseClaims.lostDays(bad),
                    bad);
            assertEquals("payment.lostEarnings.days.invalid", refused.key());
            assertEquals(List.of(new BigDecimal("5")), refused.args());
        }
        assertThrows(DomainRuleViolation.class, () -> ExpenseClaims.lostDays(null));
    }
}
