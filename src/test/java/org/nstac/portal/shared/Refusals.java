package org.nstac.portal.shared;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

/** For the input tests: what {@link InputRules#check} refuses an input with, as its key and arguments. */
public final class Refusals {

    private Refusals() {
    }

    /** The key and the arguments of the refusal; fails the test when the input passes. */
    public static List<Object> refusal(Object input) {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> InputRules.check(input));
        return List.of(refused.key(), refused.args());
    }
}
