package org.nstac.portal.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.shared.DomainRuleViolation;

class ParticipationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void aNewMemberIsActiveAndCanBeOfferedWork() {
        Participation active = Participation.active();
        assertEquals(Status.ACTIVE, active.status());
        assertTrue(active.isActiveOn(TODAY));
        assertTrue(active.isOfferable(TODAY));
    }

    @Test
    void anOpenEndedPauseLastsUntilTheMemberComesBack() {
        Participation paused = Participation.active().pause(null, TODAY);
        assertEquals(Status.PAUSED, paused.status());
        assertNull(paused.pausedUntil());
        assertFalse(paused.isActiveOn(TODAY));
        assertFalse(paused.isOfferable(TODAY.plusYears(3)));
        Participation back = paused.resume();
        assertEquals(Status.ACTIVE, back.status());
        assertTrue(back.isOfferable(TODAY));
    }

    @Test
    void aDatedPauseEndsByItselfTheDayAfterItsLastDay() {
        LocalDate lastDay = TODAY.plusDays(14);
        Participation paused = Participation.active().pause(lastDay, TODAY);
        assertFalse(paused.isActiveOn(TODAY));
        assertFalse(paused.isOfferable(lastDay));
        assertEquals(Status.PAUSED, paused.statusOn(lastDay));
        assertTrue(paused.isActiveOn(lastDay.plusDays(1)));
        assertTrue(paused.isOfferable(lastDay.plusDays(1)));
        assertEquals(Status.ACTIVE, paused.statusOn(lastDay.plusDays(1)));
    }

    @Test
    void aPauseCanEndTodayButNotBeforeToday() {
        assertFalse(Participation.active().pause(TODAY, TODAY).isActiveOn(TODAY));
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> Participation.active().pause(TODAY.minusDays(1), TODAY));
        assertEquals("member.participation.pause.untilInPast", refusal.key());
    }

    @Test
    void pausingAgainReplacesThePause() {
        Participation paused = Participation.active().pause(TODAY.plusDays(3), TODAY);
        Participation longer = paused.pause(null, TODAY.plusDays(1));
        assertNull(longer.pausedUntil());
        assertFalse(longer.isActiveOn(TODAY.plusDays(30)));
    }

    @Test
    void resumingAnActiveMemberChangesNothing() {
        assertEquals(Participation.active(), Participation.active().resume());
    }

    @Test
    void aWithdrawnMemberCannotBePausedOrResumed() {
        Participation withdrawn = Participation.active().pause(null, TODAY).withdraw();
        assertTrue(withdrawn.isWithdrawn());
        assertFalse(withdrawn.isActiveOn(TODAY));
        assertFalse(withdrawn.isOfferable(TODAY));
        assertEquals("member.participation.withdrawn",
                assertThrows(DomainRuleViolation.class, () -> withdrawn.pause(null, TODAY)).key());
        assertEquals("member.participation.withdrawn",
                assertThrows(DomainRuleViolation.class, withdrawn::resume).key());
    }

    @Test
    void withdrawingTwiceChangesNothing() {
        Participation withdrawn = Participation.active().withdraw();
        assertSame(withdrawn, withdrawn.withdraw());
        assertEquals(Status.WITHDRAWN, withdrawn.statusOn(TODAY));
    }

    @Test
    void onlyAPauseCarriesAnEndDate() {
        assertEquals("member.participation.invalid", assertThrows(DomainRuleViolation.class,
                () -> new Participation(Status.ACTIVE, TODAY)).key());
        assertEquals("member.participation.invalid", assertThrows(DomainRuleViolation.class,
                () -> new Participation(Status.WITHDRAWN, TODAY)).key());
        assertThrows(NullPointerException.class, () -> new Participation(null, null));
    }

    @Test
    void participationIsImmutable() {
        Participation active = Participation.active();
        active.pause(null, TODAY);
        active.withdraw();
        assertEquals(Status.ACTIVE, active.status());
    }
}
