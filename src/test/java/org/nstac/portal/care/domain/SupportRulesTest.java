package org.nstac.portal.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole table: every action for every relation, and nothing for nobody. */
class SupportRulesTest {

    @Test
    void theWholeTruthTable() {
        assertEquals(Set.of(SupportAction.VIEW), granted(SupportRelation.REQUESTER), "the member follows, never acks");
        assertEquals(EnumSet.allOf(SupportAction.class), granted(SupportRelation.REACHED));
        assertEquals(EnumSet.allOf(SupportAction.class), granted(SupportRelation.CHAIR_ESCALATED));
        for (SupportAction action : SupportAction.values()) {
            assertEquals(false, SupportRules.allows(action, Set.of()), "no relation, nothing: " + action);
        }
        assertEquals(true, SupportRules.allows(SupportAction.ACKNOWLEDGE,
                Set.of(SupportRelation.REQUESTER, SupportRelation.REACHED)), "any relation that grants it counts");
    }

    private static Set<SupportAction> granted(SupportRelation relation) {
        Set<SupportAction> granted = EnumSet.noneOf(SupportAction.class);
        for (SupportAction action : SupportAction.values()) {
            if (SupportRules.allows(action, Set.of(relation))) {
                granted.add(action);
            }
        }
        return granted;
    }
}
