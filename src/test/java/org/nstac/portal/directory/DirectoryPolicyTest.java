package org.nstac.portal.directory;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.directory.domain.DirectoryPolicy;
import org.nstac.portal.directory.domain.DirectoryPolicy.Action;
import org.nstac.portal.directory.domain.DirectoryPolicy.EntryState;
import org.nstac.portal.directory.domain.DirectoryPolicy.Visitor;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Who may do what with the directory, written out in full: every action, every visitor. A change to the rules must
 * change this table too, on purpose.
 */
class DirectoryPolicyTest {

    /**
     * Columns: ANONYMOUS MEMBER CHAIR SECRETARIAT CUSTODIAN FINANCE MINISTRY PARTNER OBSERVER ADMIN; x = allowed.
     */
    private static final String TABLE = """
            READ          x  x  x  x  x  x  x  x  x  x
            ADD           .  .  .  x  .  .  .  .  .  .
            EDIT          .  .  .  x  .  .  .  .  .  .
            MARK_CHECKED  .  .  .  x  .  .  .  .  .  .
            REMOVE        .  .  .  x  .  .  .  .  .  .
            SEE_STALE     .  .  .  x  .  .  .  .  .  .
            """;

    private record Cell(Action action, Visitor visitor) {
    }

    private static Map<Cell, Boolean> expected() {
        Map<Cell, Boolean> cells = new HashMap<>();
        for (String line : TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] columns = line.split("\\s+");
            assertEquals(1 + Visitor.values().length, columns.length, "table row: " + line);
            Action action = Action.valueOf(columns[0]);
            for (Visitor visitor : Visitor.values()) {
                String mark = columns[1 + visitor.ordinal()];
                assertTrue(mark.equals("x") || mark.equals("."), "table row: " + line);
                assertEquals(null, cells.put(new Cell(action, visitor), mark.equals("x")), "row twice: " + line);
            }
        }
        return cells;
    }

    @Test
    void theTableCoversEveryActionAndVisitor() {
        assertEquals(Action.values().length * Visitor.values().length, expected().size());
    }

    @Test
    void everyCellOfTheTableHolds() {
        Map<Cell, Boolean> expected = expected();
        List<String> wrong = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Visitor visitor : Visitor.values()) {
                if (DirectoryPolicy.allows(visitor, action) != expected.get(new Cell(action, visitor))) {
                    wrong.add(action + " " + visitor + " expected " + expected.get(new Cell(action, visitor)));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void requireRefusesExactlyWhatTheTableRefusesWithTheKey() {
        expected().forEach((cell, allowed) -> {
            Set<Visitor> one = EnumSet.of(cell.visitor());
            if (allowed) {
                assertDoesNotThrow(() -> DirectoryPolicy.require(one, cell.action()), cell.toString());
                return;
            }
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                    () -> DirectoryPolicy.require(one, cell.action()), cell.toString());
            assertEquals("directory.action.notAllowed", refusal.key(), cell.toString());
            assertEquals(List.of(), refusal.args(), cell.toString());
        });
    }

    @Test
    void aListedEntryAllowsWhatTheTableAllowsAndARemovedOneNothingAtAll() {
        for (Action action : Action.values()) {
            for (Visitor visitor : Visitor.values()) {
                Set<Visitor> one = EnumSet.of(visitor);
                boolean onEntry = action != Action.ADD && DirectoryPolicy.allows(visitor, action);
                assertEquals(onEntry, DirectoryPolicy.allowsOn(one, action, EntryState.LISTED), action + " " + visitor);
                assertFalse(DirectoryPolicy.allowsOn(one, action, EntryState.REMOVED), action + " " + visitor);
                assertEquals("directory.action.notAllowed", assertThrows(DomainRuleViolation.class,
                        () -> DirectoryPolicy.requireOn(one, action, EntryState.REMOVED)).key());
            }
        }
        assertDoesNotThrow(() -> DirectoryPolicy.requireOn(Set.of(Visitor.SECRETARIAT), Action.MARK_CHECKED,
                EntryState.LISTED));
    }

    @Test
    void theCustodianKeepsTheDirectoryOnlyAsAMemberOfTheSecretariat() {
        assertEquals(Set.of(Action.READ), DirectoryPolicy.allowedActions(Set.of(Visitor.CUSTODIAN)));
        assertEquals(EnumSet.allOf(Action.class),
                DirectoryPolicy.allowedActions(EnumSet.of(Visitor.CUSTODIAN, Visitor.SECRETARIAT)));
    }

    @Test
    void anyoneReadsButNobodyWithoutARelationMayDoAnything() {
        assertEquals(Set.of(Action.READ), DirectoryPolicy.allowedActions(Set.of(Visitor.ANONYMOUS)));
        assertEquals(Set.of(), DirectoryPolicy.allowedActions(Set.of()));
        assertThrows(DomainRuleViolation.class, () -> DirectoryPolicy.require(Set.of(), Action.READ));
        assertEquals(Set.of(Action.READ), DirectoryPolicy.allowedActions(EnumSet.of(Visitor.MEMBER, Visitor.CHAIR,
                Visitor.MINISTRY, Visitor.PARTNER, Visitor.OBSERVER, Visitor.FINANCE, Visitor.ADMIN)));
    }
}
