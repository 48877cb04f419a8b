package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class PayableFourEyesTest {

    @Test
    void nobodyApprovesWhatTheyEnteredOrClaimed() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> FourEyes.requireDifferent("officer-1", "officer-1"));
        assertEquals(FourEyes.SAME_USER, refusal.key());
        assertEquals(List.of(), refusal.args(), "no user id in the refusal");
        assertThrows(DomainRuleViolation.class,
                () -> FourEyes.requireDifferent("3F2A-subject", " 3f2a-SUBJECT "), "one account, two spellings");
        assertDoesNotThrow(() -> FourEyes.requireDifferent("officer-1", "officer-2"));
    }

    @Test
    void bothUsersMustBeKnown() {
        assertThrows(IllegalArgumentException.class, () -> FourEyes.requireDifferent(null, "officer-1"));
        assertThrows(IllegalArgumentException.class, () -> FourEyes.requireDifferent("officer-1", " "));
    }
}
