package org.nstac.portal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.terms.domain.TermsRules;
import org.nstac.portal.terms.domain.TermsRules.Action;
import org.nstac.portal.terms.domain.TermsRules.Caller;

/** Who may do what with the engagement terms, written out in full. A change to the rules changes this table. */
class TermsRulesTest {

    /** Columns: MEMBER CHAIR SECRETARIAT CUSTODIAN FINANCE MINISTRY PARTNER OBSERVER ADMIN; x = allowed. */
    private static final String TABLE = """
            READ_CURRENT     x  x  x  x  x  x  x  x  x
            PUBLISH          .  .  .  .  .  .  .  .  x
            ACCEPT_OWN       x  .  .  .  .  .  .  .  .
            READ_OWN         x  .  .  .  .  .  .  .  .
            SEE_ACCEPTANCES  .  .  x  .  .  .  .  .  .
            """;

    @Test
    void everyCellOfTheTableHolds() {
        List<String> lines = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(Action.values().length, lines.size(), "one row per action");
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] columns = line.split("\\s+");
            assertEquals(1 + Caller.values().length, columns.length, line);
            Action action = Action.valueOf(columns[0]);
            for (Caller caller : Caller.values()) {
                boolean expected = "x".equals(columns[1 + caller.ordinal()]);
                if (TermsRules.allows(caller, action) != expected) {
                    wrong.add(action + " " + caller + " expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPersonWithSeveralRolesMayWhatAnyOfThemMayAndNobodyWithoutARoleMayAnything() {
        assertTrue(TermsRules.allowsAny(EnumSet.of(Caller.MEMBER, Caller.CHAIR), Action.ACCEPT_OWN));
        assertTrue(TermsRules.allowsAny(EnumSet.of(Caller.CUSTODIAN, Caller.SECRETARIAT), Action.SEE_ACCEPTANCES));
        assertFalse(TermsRules.allowsAny(EnumSet.of(Caller.CHAIR, Caller.OBSERVER), Action.SEE_ACCEPTANCES));
        for (Action action : Action.values()) {
            assertFalse(TermsRules.allowsAny(EnumSet.noneOf(Caller.class), action), action.name());
        }
    }
}
