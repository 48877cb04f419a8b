package org.nstac.portal.meeting.domain;

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
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * Who may do what with meetings, written out in full: every action, every state of the meeting, every relation. A
 * change to the rules must change this table too, on purpose.
 */
class MeetingRulesTest {

    /**
     * Columns: SECRETARIAT, MEMBER, MINISTRY, INVITED_MEMBER, ACCEPTED_MEMBER, ATTENDEE; x = allowed. The state is
     * {@code -} for actions on no particular meeting.
     */
    private static final String TABLE = """
            PLAN                -          x  .  .  .  .  .
            SEE_ALL             -          x  .  .  .  .  .
            LIST_OWN            -          .  x  .  .  .  .

            VIEW                PLANNED    x  .  .  x  .  .
            VIEW                CANCELLED  x  .  .  x  .  .
            CHANGE              PLANNED    x  .  .  .  .  .
            CHANGE              CANCELLED  .  .  .  .  .  .
            CANCEL              PLANNED    x  .  .  .  .  .
            CANCEL              CANCELLED  .  .  .  .  .  .
            SET_SAFETY_PLAN     PLANNED    x  .  .  .  .  .
            SET_SAFETY_PLAN     CANCELLED  .  .  .  .  .  .
            INVITE              PLANNED    x  .  .  .  .  .
            INVITE              CANCELLED  .  .  .  .  .  .
            RECORD_ATTENDANCE   PLANNED    x  .  .  .  .  .
            RECORD_ATTENDANCE   CANCELLED  .  .  .  .  .  .
            KEEP_MINUTES        PLANNED    x  .  .  .  .  .
            KEEP_MINUTES        CANCELLED  x  .  .  .  .  .
            ANSWER              PLANNED    .  .  .  x  .  .
            ANSWER              CANCELLED  .  .  .  .  .  .
            STEP_OUT            PLANNED    .  .  .  .  x  .
            STEP_OUT            CANCELLED  .  .  .  .  .  .
            READ_MINUTES        PLANNED    x  x  x  .  .  .
            READ_MINUTES        CANCELLED  x  x  x  .  .  .
            PROPOSE_CORRECTION  PLANNED    .  .  .  .  .  x
            PROPOSE_CORRECTION  CANCELLED  .  .  .  .  .  x
            """;

    private static final List<MeetingRelation> COLUMNS = List.of(MeetingRelation.SECRETARIAT, MeetingRelation.MEMBER,
            MeetingRelation.MINISTRY, MeetingRelation.INVITED_MEMBER, MeetingRelation.ACCEPTED_MEMBER,
            MeetingRelation.ATTENDEE);

    /** One cell: the state is null for an action on no particular meeting. */
    private record Cell(MeetingAction action, MeetingState state, MeetingRelation relation) {
    }

    private static Map<Cell, Boolean> expected() {
        Map<Cell, Boolean> cells = new HashMap<>();
        for (String line : TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] columns = line.split("\\s+");
            assertEquals(2 + COLUMNS.size(), columns.length, "table row: " + line);
            MeetingAction action = MeetingAction.valueOf(columns[0]);
            MeetingState state = "-".equals(columns[1]) ? null : MeetingState.valueOf(columns[1]);
            assertEquals(action.onOneMeeting(), state != null, "a state for exactly the actions on one meeting: "
                    + line);
            for (int i = 0; i < COLUMNS.size(); i++) {
                String mark = columns[2 + i];
                assertTrue(mark.equals("x") || mark.equals("."), "table row: " + line);
                assertEquals(null, cells.put(new Cell(action, state, COLUMNS.get(i)), mark.equals("x")),
                        "row written twice: " + line);
            }
        }
        return cells;
    }

    @Test
    void theTableCoversEveryActionStateAndRelation() {
        assertEquals(EnumSet.allOf(MeetingRelation.class), EnumSet.copyOf(COLUMNS), "every relation is a column");
        int rows = 0;
        for (MeetingAction action : MeetingAction.values()) {
            rows += action.onOneMeeting() ? MeetingState.values().length : 1;
        }
        assertEquals(rows * COLUMNS.size(), expected().size());
    }

    @Test
    void everyCellOfTheTableHolds() {
        List<String> wrong = new ArrayList<>();
        expected().forEach((cell, allowed) -> {
            boolean actual = cell.state() == null ? MeetingRules.allows(cell.relation(), cell.action())
                    : MeetingRules.allows(cell.relation(), cell.action(), cell.state());
            if (actual != allowed) {
                wrong.add(cell + " expected " + allowed);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void actionsOnNoParticularMeetingAreTheSameWhateverTheState() {
        for (MeetingAction action : MeetingAction.values()) {
            if (action.onOneMeeting()) {
                assertThrows(IllegalArgumentException.class,
                        () -> MeetingRules.allows(MeetingRelation.SECRETARIAT, action), action.name());
                continue;
            }
            for (MeetingRelation relation : MeetingRelation.values()) {
                for (MeetingState state : MeetingState.values()) {
                    assertEquals(MeetingRules.allows(relation, action), MeetingRules.allows(relation, action, state),
                            action + " " + relation + " " + state);
                }
            }
        }
    }

    @Test
    void requireRefusesWhatTheTableRefusesAsNotFoundOrBecauseTheMeetingWasCalledOff() {
        expected().forEach((cell, allowed) -> {
            Set<MeetingRelation> one = EnumSet.of(cell.relation());
            if (cell.state() == null) {
                if (allowed) {
                    assertDoesNotThrow(() -> MeetingRules.require(one, cell.action()), cell.toString());
                } else {
                    assertThrows(NotFound.class, () -> MeetingRules.require(one, cell.action()), cell.toString());
                }
                return;
            }
            if (allowed) {
                assertDoesNotThrow(() -> MeetingRules.require(one, cell.action(), cell.state()), cell.toString());
            } else if (cell.state() == MeetingState.CANCELLED
                    && MeetingRules.allows(cell.relation(), cell.action(), MeetingState.PLANNED)) {
                DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                        () -> MeetingRules.require(one, cell.action(), cell.state()), cell.toString());
                assertEquals("meeting.cancelled", refusal.key(), cell.toString());
                assertEquals(List.of(), refusal.args(), cell.toString());
            } else {
                assertThrows(NotFound.class, () -> MeetingRules.require(one, cell.action(), cell.state()),
                        cell.toString());
            }
        });
    }

    @Test
    void nobodyWithoutARelationMayDoAnythingAndLearnsNothing() {
        for (MeetingAction action : MeetingAction.values()) {
            if (action.onOneMeeting()) {
                for (MeetingState state : MeetingState.values()) {
                    assertFalse(MeetingRules.allowsAny(Set.of(), action, state), action + " " + state);
                    assertThrows(NotFound.class, () -> MeetingRules.require(Set.of(), action, state),
                            "not found, never 'cancelled': " + action);
                }
            } else {
                assertThrows(NotFound.class, () -> MeetingRules.require(Set.of(), action), action.name());
            }
        }
    }

    @Test
    void aMemberWhoAttendedMayDoWhatEachOfTheirRelationsMayButNeverRunsTheMeeting() {
        Set<MeetingRelation> attendee = EnumSet.of(MeetingRelation.MEMBER, MeetingRelation.INVITED_MEMBER,
                MeetingRelation.ACCEPTED_MEMBER, MeetingRelation.ATTENDEE);
        assertTrue(MeetingRules.allowsAny(attendee, MeetingAction.STEP_OUT, MeetingState.PLANNED));
        assertTrue(MeetingRules.allowsAny(attendee, MeetingAction.PROPOSE_CORRECTION, MeetingState.PLANNED));
        assertTrue(MeetingRules.allowsAny(attendee, MeetingAction.LIST_OWN));
        for (MeetingAction staff : List.of(MeetingAction.INVITE, MeetingAction.RECORD_ATTENDANCE,
                MeetingAction.KEEP_MINUTES, MeetingAction.CHANGE)) {
            assertFalse(MeetingRules.allowsAny(attendee, staff, MeetingState.PLANNED), staff.name());
        }
        assertFalse(MeetingRules.allowsAny(attendee, MeetingAction.SEE_ALL), "no member sees the others' answers");
        assertEquals("meeting.cancelled", assertThrows(DomainRuleViolation.class, () -> MeetingRules.require(attendee,
                MeetingAction.ANSWER, MeetingState.CANCELLED)).key());
    }

    @Test
    void minutesAreReadAsTheSecretariatThenAsAMemberThenAsAMinistry() {
        assertEquals(MinutesVisibility.Viewer.SECRETARIAT, MeetingRules.minutesViewer(
                EnumSet.of(MeetingRelation.SECRETARIAT, MeetingRelation.MEMBER), false));
        assertEquals(MinutesVisibility.Viewer.ATTENDEE, MeetingRules.minutesViewer(
                EnumSet.of(MeetingRelation.MEMBER, MeetingRelation.ATTENDEE), false));
        assertEquals(MinutesVisibility.Viewer.COUNCIL_MEMBER, MeetingRules.minutesViewer(
                EnumSet.of(MeetingRelation.MEMBER, MeetingRelation.INVITED_MEMBER), true));
        assertEquals(MinutesVisibility.Viewer.MEETING_MINISTRY, MeetingRules.minutesViewer(
                EnumSet.of(MeetingRelation.MINISTRY), true));
        assertEquals(MinutesVisibility.Viewer.OTHER_MINISTRY, MeetingRules.minutesViewer(
                EnumSet.of(MeetingRelation.MINISTRY), false));
        assertEquals(MinutesVisibility.Viewer.OBSERVER, MeetingRules.minutesViewer(Set.of(), true));
    }
}
