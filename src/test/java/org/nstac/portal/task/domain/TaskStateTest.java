package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.task.domain.TaskState.ACCEPTED;
import static org.nstac.portal.task.domain.TaskState.CANCELLED;
import static org.nstac.portal.task.domain.TaskState.CHANGES_REQUESTED;
import static org.nstac.portal.task.domain.TaskState.IN_REVIEW;
import static org.nstac.portal.task.domain.TaskState.OPEN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class TaskStateTest {

    /** The only moves there are. */
    private static final Set<List<TaskState>> ALLOWED = Set.of(
            List.of(OPEN, IN_REVIEW), List.of(OPEN, CANCELLED),
            List.of(IN_REVIEW, ACCEPTED), List.of(IN_REVIEW, CHANGES_REQUESTED), List.of(IN_REVIEW, CANCELLED),
            List.of(CHANGES_REQUESTED, IN_REVIEW), List.of(CHANGES_REQUESTED, CANCELLED));

    @Test
    void aTaskMovesOnlyAlongTheLegalTransitions() {
        for (TaskState from : TaskState.values()) {
            for (TaskState to : TaskState.values()) {
                boolean allowed = ALLOWED.contains(List.of(from, to));
                assertEquals(allowed, from.canMoveTo(to), from + " -> " + to);
                if (allowed) {
                    assertEquals(to, from.moveTo(to));
                } else {
                    DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> from.moveTo(to),
                            from + " -> " + to);
                    assertEquals("task.state.notAllowed", refusal.key());
                    assertEquals(List.of(), refusal.args());
                }
            }
        }
    }

    @Test
    void workIsAcceptedOnlyAfterReviewAndChangesGoBackToReview() {
        assertEquals(ACCEPTED, OPEN.moveTo(IN_REVIEW).moveTo(CHANGES_REQUESTED).moveTo(IN_REVIEW).moveTo(ACCEPTED));
        assertThrows(DomainRuleViolation.class, () -> OPEN.moveTo(ACCEPTED));
        assertThrows(DomainRuleViolation.class, () -> CHANGES_REQUESTED.moveTo(ACCEPTED));
    }

    @Test
    void acceptedAndCancelledTasksAreFinal() {
        Set<TaskState> finals = EnumSet.noneOf(TaskState.class);
        for (TaskState state : TaskState.values()) {
            if (state.isFinal()) {
                finals.add(state);
            }
        }
        assertEquals(EnumSet.of(ACCEPTED, CANCELLED), finals);
        assertThrows(DomainRuleViolation.class, () -> ACCEPTED.moveTo(CANCELLED), "accepted work stays payable");
    }
}
