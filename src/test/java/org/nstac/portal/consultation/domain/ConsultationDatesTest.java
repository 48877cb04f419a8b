package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class ConsultationDatesTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-31T16:00:00Z");
    private static final Instant DUE = Instant.parse("2027-01-31T16:00:00Z");
    private static final ConsultationDates DATES = new ConsultationDates(OPENS, CLOSES, DUE);
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void closingMustComeAfterOpening() {
        for (Instant closes : new Instant[] {OPENS, OPENS.minus(SECOND)}) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                    () -> new ConsultationDates(OPENS, closes, DUE));
            assertEquals("consultation.dates.closeBeforeOpen", refusal.key());
            assertEquals(List.of(), refusal.args());
        }
    }

    @Test
    void answersMustBeDueAfterClosing() {
        for (Instant due : new Instant[] {CLOSES, CLOSES.minus(SECOND), OPENS}) {
            assertEquals("consultation.dates.answersBeforeClose",
                    assertThrows(DomainRuleViolation.class, () -> new ConsultationDates(OPENS, CLOSES, due)).key());
        }
    }

    @Test
    void everyDateIsNeeded() {
        assertEquals("consultation.dates.required",
                assertThrows(DomainRuleViolation.class, () -> new ConsultationDates(null, CLOSES, DUE)).key());
        assertEquals("consultation.dates.required",
                assertThrows(DomainRuleViolation.class, () -> new ConsultationDates(OPENS, null, DUE)).key());
        assertEquals("consultation.dates.required",
                assertThrows(DomainRuleViolation.class, () -> new ConsultationDates(OPENS, CLOSES, null)).key());
    }

    @Test
    void aScheduledDraftOpensAtItsOpeningTime() {
        assertEquals(Phase.DRAFT, DATES.phaseDueAt(OPENS.minus(SECOND), Phase.DRAFT, true));
        assertEquals(Phase.OPEN, DATES.phaseDueAt(OPENS, Phase.DRAFT, true));
        assertEquals(Phase.OPEN, DATES.phaseDueAt(CLOSES.minus(SECOND), Phase.DRAFT, true));
    }

    @Test
    void anUnscheduledDraftStaysADraftWhateverTheDate() {
        for (Instant now : new Instant[] {OPENS.minus(SECOND), OPENS, CLOSES, DUE.plus(SECOND)}) {
            assertEquals(Phase.DRAFT, DATES.phaseDueAt(now, Phase.DRAFT, false));
        }
    }

    @Test
    void aDraftWhoseClosingHasPassedIsNotOpenedForNoTimeAtAll() {
        assertEquals(Phase.DRAFT, DATES.phaseDueAt(CLOSES, Phase.DRAFT, true));
        assertEquals(Phase.DRAFT, DATES.phaseDueAt(DUE, Phase.DRAFT, true));
    }

    @Test
    void anOpenConsultationClosesAtItsClosingTime() {
        assertEquals(Phase.OPEN, DATES.phaseDueAt(CLOSES.minus(SECOND), Phase.OPEN, false));
        assertEquals(Phase.CLOSED, DATES.phaseDueAt(CLOSES, Phase.OPEN, false));
        assertEquals(Phase.CLOSED, DATES.phaseDueAt(DUE.plus(SECOND), Phase.OPEN, true));
    }

    @Test
    void theClockNeverAnswersNorPublishes() {
        Instant late = DUE.plus(Duration.ofDays(365));
        for (Phase phase : new Phase[] {Phase.CLOSED, Phase.ANSWERED, Phase.REPORT_PUBLISHED}) {
            assertEquals(phase, DATES.phaseDueAt(late, phase, true));
        }
    }

    @Test
    void whatTheClockDecidesIsAlwaysAnAllowedMove() {
        Instant[] moments = {OPENS.minus(SECOND), OPENS, CLOSES.minus(SECOND), CLOSES, DUE, DUE.plus(SECOND)};
        for (Phase phase : Phase.values()) {
            for (Instant now : moments) {
                for (boolean scheduled : new boolean[] {true, false}) {
                    Phase due = DATES.phaseDueAt(now, phase, scheduled);
                    assertTrue(due == phase || phase.canMoveTo(due), phase + " -> " + due);
                }
            }
        }
    }

    @Test
    void answersAreLateOnlyAfterTheirDueTime() {
        assertFalse(DATES.answersOverdue(CLOSES));
        assertFalse(DATES.answersOverdue(DUE));
        assertTrue(DATES.answersOverdue(DUE.plus(SECOND)));
    }
}
