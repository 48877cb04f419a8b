package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class MeetingStateTest {

    @Test
    void aPlannedMeetingMayBeCalledOffAndNothingElseMoves() {
        assertTrue(MeetingState.PLANNED.canMoveTo(MeetingState.CANCELLED));
        assertEquals(MeetingState.CANCELLED, MeetingState.PLANNED.moveTo(MeetingState.CANCELLED));
        for (MeetingState from : MeetingState.values()) {
            for (MeetingState to : MeetingState.values()) {
                if (from == MeetingState.PLANNED && to == MeetingState.CANCELLED) {
                    continue;
                }
                assertFalse(from.canMoveTo(to), from + " -> " + to);
                assertEquals("meeting.cancelled", assertThrows(DomainRuleViolation.class, () -> from.moveTo(to))
                        .key(), from + " -> " + to);
            }
        }
    }
}
