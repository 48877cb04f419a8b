package org.nstac.portal.consent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;

/** A consent change must say yes or no: silence is never read as either. */
class ConsentChangeTest {

    @Test
    void aChangeThatSaysNeitherYesNorNoIsRefused() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> InputRules.check(new MyConsentsResource.ConsentChange(null)));
        assertEquals("consent.given.required", refused.key());
        for (Boolean given : new Boolean[] {true, false}) {
            MyConsentsResource.ConsentChange change = new MyConsentsResource.ConsentChange(given);
            assertSame(change, InputRules.check(change));
        }
    }
}
