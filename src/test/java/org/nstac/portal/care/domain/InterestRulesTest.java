package org.nstac.portal.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.care.domain.InterestRules.Action;
import org.nstac.portal.care.domain.InterestRules.Relation;
import org.nstac.portal.shared.DomainRuleViolation;

/** The whole table of who may do what with declared interests, and what a declaration accepts. */
class InterestRulesTest {

    @Test
    void theWholeTruthTable() {
        assertEquals(Set.of(Action.DECLARE_OWN, Action.STEP_ASIDE), granted(Relation.MEMBER));
        assertEquals(Set.of(Action.DECLARE_OWN), granted(Relation.STAFF), "staff declare, take no part to leave");
        assertEquals(Set.of(Action.READ_MEMBERS), granted(Relation.SECRETARIAT), "weighs them when offering tasks");
        assertEquals(Set.of(Action.READ_MEMBERS), granted(Relation.CHAIR), "weighs them on the position");
        for (Action action : Action.values()) {
            assertFalse(InterestRules.allows(action, Set.of()), "no relation (ministry, observer), nothing: " + action);
        }
    }

    @Test
    void anUnknownRelationIsRefusedWithItsOwnKey() {
        assertEquals(InterestRelation.UNKNOWN, assertThrows(DomainRuleViolation.class,
                () -> Interest.of("Example NGO", "COUSIN")).key());
        assertEquals(InterestRelation.REQUIRED, assertThrows(DomainRuleViolation.class,
                () -> Interest.of("Example NGO", " ")).key());
        assertEquals(InterestRelation.FUNDED_BY, Interest.of("  Example NGO ", "funded_by").relation());
        assertEquals("Example NGO", Interest.of("  Example NGO ", "BOARD").organisation());
    }

    @Test
    void aDeclarationKeepsEachInterestOnceAndHasALimit() {
        assertEquals(1, Interest.declaration(List.of(Interest.of("Example NGO", "BOARD"),
                Interest.of("example ngo", "BOARD"))).size());
        assertEquals(2, Interest.declaration(List.of(Interest.of("Example NGO", "BOARD"),
                Interest.of("Example NGO", "EMPLOYED"))).size());
        List<Interest> many = new java.util.ArrayList<>();
        for (int i = 0; i <= Interest.MAX_COUNT; i++) {
            many.add(Interest.of("Organisation " + i, "OTHER"));
        }
        assertEquals(Interest.TOO_MANY, assertThrows(DomainRuleViolation.class,
                () -> Interest.declaration(many)).key());
        assertEquals(Interest.ORGANISATION_INVALID, assertThrows(DomainRuleViolation.class,
                () -> Interest.of("x", "OTHER")).key());
    }

    private static Set<Action> granted(Relation relation) {
        Set<Action> granted = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (InterestRules.allows(action, Set.of(relation))) {
                granted.add(action);
            }
        }
        return granted;
    }
}
