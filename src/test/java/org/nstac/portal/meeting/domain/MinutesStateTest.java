package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.meeting.domain.MeetingFixtures.at;
import static org.nstac.portal.meeting.domain.MinutesState.DRAFT;
import static org.nstac.portal.meeting.domain.MinutesState.PUBLISHED;
import static org.nstac.portal.meeting.domain.MinutesState.SHARED;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class MinutesStateTest {

    private static final Instant NOW = at("2026-03-11T10:00:00Z");
    private static final Instant DEADLINE = at("2026-03-18T10:00:00Z");

    @Test
    void minutesMoveFromDraftToSharedToPublishedAndNeverBack() {
        Set<List<MinutesState>> allowed = Set.of(List.of(DRAFT, SHARED), List.of(SHARED, PUBLISHED));
        for (MinutesState from : MinutesState.values()) {
            for (MinutesState to : MinutesState.values()) {
                assertEquals(allowed.contains(List.of(from, to)), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void sharingNeedsADeadlineInTheFuture() {
        assertEquals(SHARED, DRAFT.share(DEADLINE, NOW));
        for (Instant deadline : new Instant[] {null, NOW, NOW.minusSeconds(1)}) {
            assertEquals("meeting.minutes.deadline.invalid",
                    assertThrows(DomainRuleViolation.class, () -> DRAFT.share(deadline, NOW)).key());
        }
        assertEquals("meeting.minutes.notAllowed",
                assertThrows(DomainRuleViolation.class, () -> SHARED.share(DEADLINE, NOW)).key());
        assertEquals("meeting.minutes.notAllowed",
                assertThrows(DomainRuleViolation.class, () -> PUBLISHED.share(DEADLINE, NOW)).key());
    }

    @Test
    void publishingWaitsForTheDeadline() {
        assertEquals("meeting.minutes.correctionsOpen",
                assertThrows(DomainRuleViolation.class, () -> SHARED.publish(DEADLINE, NOW)).key());
        assertEquals("meeting.minutes.correctionsOpen", assertThrows(DomainRuleViolation.class,
                () -> SHARED.publish(DEADLINE, DEADLINE.minusSeconds(1))).key());
        assertEquals(PUBLISHED, SHARED.publish(DEADLINE, DEADLINE));
        assertEquals("meeting.minutes.notAllowed", assertThrows(DomainRuleViolation.class,
                () -> DRAFT.publish(DEADLINE, DEADLINE.plusSeconds(1))).key());
        assertEquals("meeting.minutes.notAllowed", assertThrows(DomainRuleViolation.class,
                () -> PUBLISHED.publish(DEADLINE, DEADLINE.plusSeconds(1))).key());
    }

    @Test
    void correctionsAreProposedOnlyWhileSharedAndBeforeTheDeadline() {
        assertTrue(SHARED.acceptsCorrections(DEADLINE, NOW));
        assertTrue(SHARED.acceptsCorrections(DEADLINE, DEADLINE.minusSeconds(1)));
        assertFalse(SHARED.acceptsCorrections(DEADLINE, DEADLINE));
        assertFalse(DRAFT.acceptsCorrections(DEADLINE, NOW));
        assertFalse(PUBLISHED.acceptsCorrections(DEADLINE, NOW));
        assertFalse(SHARED.acceptsCorrections(null, NOW));
        assertDoesNotThrow(() -> SHARED.requireCorrectionsOpen(DEADLINE, NOW));
        assertEquals("meeting.minutes.correctionsClosed", assertThrows(DomainRuleViolation.class,
                () -> SHARED.requireCorrectionsOpen(DEADLINE, DEADLINE)).key());
        assertEquals("meeting.minutes.correctionsClosed", assertThrows(DomainRuleViolation.class,
                () -> PUBLISHED.requireCorrectionsOpen(DEADLINE, NOW)).key());
    }
}
