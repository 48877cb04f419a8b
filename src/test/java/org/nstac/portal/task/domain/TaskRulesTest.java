package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what with paid tasks, written out in full: every action, every relation. A change to the rules must
 * change this table too, on purpose.
 */
class TaskRulesTest {

    /** Columns: SECRETARIAT, CHAIR, MEMBER, OFFERED_MEMBER; x = allowed. */
    private static final String TABLE = """
            CREATE         x  .  .  .
            LIST_ALL       x  .  .  .
            SUGGEST        x  .  .  .
            OFFER          x  .  .  .
            REVIEW         x  .  .  .
            CANCEL         x  .  .  .
            READ_PAYABLES  x  .  .  .
            READ_FAIRNESS  x  x  .  .
            LIST_OWN       .  .  x  x
            ANSWER_OFFER   .  .  .  x
            WORK           .  .  .  x
            """;

    private static final List<TaskRelation> COLUMNS = List.of(TaskRelation.SECRETARIAT, TaskRelation.CHAIR,
            TaskRelation.MEMBER, TaskRelation.OFFERED_MEMBER);

    @Test
    void theTableIsTheRules() {
        Set<TaskAction> seen = EnumSet.noneOf(TaskAction.class);
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            TaskAction action = TaskAction.valueOf(cells[0]);
            assertTrue(seen.add(action), "one line per action: " + action);
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertEquals("x".equals(cells[i + 1]), TaskRules.allows(COLUMNS.get(i), action),
                        action + " for " + COLUMNS.get(i));
            }
        }
        assertEquals(EnumSet.allOf(TaskAction.class), seen, "every action is in the table");
        assertEquals(EnumSet.allOf(TaskRelation.class), EnumSet.copyOf(COLUMNS), "every relation is a column");
    }

    @Test
    void nobodyWithoutARelationMayDoAnything() {
        for (TaskAction action : TaskAction.values()) {
            assertFalse(TaskRules.allowsAny(Set.of(), action), action.name());
        }
    }

    @Test
    void aChairWhoIsAlsoAnOfferedMemberMayDoWhatEitherMay() {
        Set<TaskRelation> both = new HashSet<>(Set.of(TaskRelation.CHAIR, TaskRelation.MEMBER,
                TaskRelation.OFFERED_MEMBER));
        assertTrue(TaskRules.allowsAny(both, TaskAction.READ_FAIRNESS));
        assertTrue(TaskRules.allowsAny(both, TaskAction.WORK));
        assertFalse(TaskRules.allowsAny(both, TaskAction.OFFER), "the chair never offers work");
    }
}
