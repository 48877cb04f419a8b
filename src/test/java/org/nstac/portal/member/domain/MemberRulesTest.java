package org.nstac.portal.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with members' records, written out in full: every action, every relation. A change to the rules
 * must change this table too, on purpose.
 */
class MemberRulesTest {

    /** Columns: SECRETARIAT, CUSTODIAN, CHAIR, MEMBER, SELF; x = allowed. */
    private static final String TABLE = """
            ADMIT            x  .  .  .  .
            LIST             x  x  x  .  .
            READ_RECORD      x  x  .  .  x
            REVEAL_IDENTITY  .  x  .  .  .
            WITHDRAW         x  .  .  .  x
            PAUSE            .  .  .  .  x
            EDIT_PROFILE     .  .  .  .  x
            READ_REVEAL_LOG  .  .  .  .  x
            EXPORT           .  .  .  .  x
            """;

    private static final List<MemberRelation> COLUMNS = List.of(MemberRelation.SECRETARIAT, MemberRelation.CUSTODIAN,
            MemberRelation.CHAIR, MemberRelation.MEMBER, MemberRelation.SELF);

    @Test
    void theTableIsTheRules() {
        Set<MemberAction> seen = EnumSet.noneOf(MemberAction.class);
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            assertEquals(1 + COLUMNS.size(), cells.length, "table row: " + line);
            MemberAction action = MemberAction.valueOf(cells[0]);
            assertTrue(seen.add(action), "one line per action: " + action);
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertTrue(cells[i + 1].equals("x") || cells[i + 1].equals("."), "table row: " + line);
                assertEquals("x".equals(cells[i + 1]), MemberRules.allows(COLUMNS.get(i), action),
                        action + " for " + COLUMNS.get(i));
            }
        }
        assertEquals(EnumSet.allOf(MemberAction.class), seen, "every action is in the table");
        assertEquals(EnumSet.allOf(MemberRelation.class), EnumSet.copyOf(COLUMNS), "every relation is a column");
    }

    @Test
    void nobodyWithoutARelationMayDoAnything() {
        for (MemberAction action : MemberAction.values()) {
            assertFalse(MemberRules.allowsAny(Set.of(), action), action.name());
        }
    }

    @Test
    void aMemberMayDoNothingWithAnotherMembersRecordAndTheChairOnlyListsPseudonyms() {
        Set<MemberAction> chairOnAnother = EnumSet.noneOf(MemberAction.class);
        for (MemberAction action : MemberAction.values()) {
            assertFalse(MemberRules.allows(MemberRelation.MEMBER, action), action.name());
            if (MemberRules.allowsAny(Set.of(MemberRelation.CHAIR, MemberRelation.MEMBER), action)) {
                chairOnAnother.add(action);
            }
        }
        assertEquals(EnumSet.of(MemberAction.LIST), chairOnAnother);
    }

    @Test
    void onlyTheCustodianOpensAnIdentityEvenWhenAlsoSecretariat() {
        assertFalse(MemberRules.allowsAny(EnumSet.complementOf(EnumSet.of(MemberRelation.CUSTODIAN)),
                MemberAction.REVEAL_IDENTITY), "no other relation, not even all of them together");
        assertTrue(MemberRules.allowsAny(Set.of(MemberRelation.SECRETARIAT, MemberRelation.CUSTODIAN),
                MemberAction.REVEAL_IDENTITY));
    }
}
