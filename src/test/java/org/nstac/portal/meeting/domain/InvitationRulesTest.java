package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.consent.domain.ConsentPurpose.COUNCIL_WORK;
import static org.nstac.portal.consent.domain.ConsentPurpose.EMAIL_CONTACT;
import static org.nstac.portal.consent.domain.ConsentPurpose.PHOTOGRAPHS;
import static org.nstac.portal.consent.domain.ConsentPurpose.PUBLIC_APPEARANCE;
import static org.nstac.portal.consent.domain.ConsentPurpose.QUOTING;
import static org.nstac.portal.meeting.domain.InvitationState.ACCEPTED;
import static org.nstac.portal.meeting.domain.InvitationState.CANCELLED;
import static org.nstac.portal.meeting.domain.InvitationState.DECLINED;
import static org.nstac.portal.meeting.domain.InvitationState.INVITED;
import static org.nstac.portal.meeting.domain.InvitationState.WITHDRAWN;
import static org.nstac.portal.meeting.domain.MeetingFixtures.ONLINE;
import static org.nstac.portal.meeting.domain.MeetingFixtures.ROOM;
import static org.nstac.portal.meeting.domain.MeetingFixtures.TUESDAY;
import static org.nstac.portal.meeting.domain.MeetingFixtures.at;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.shared.DomainRuleViolation;

class InvitationRulesTest {

    private static final Instant WEEK_BEFORE = at("2026-03-03T09:00:00Z");
    private static final Set<ConsentPurpose> COUNCIL_ONLY = Set.of(COUNCIL_WORK);
    private static final Set<ConsentPurpose> ALL = EnumSet.allOf(ConsentPurpose.class);

    private static DomainRuleViolation inviteRefusal(SafetyPlan plan, Place place, Status status,
            Set<ConsentPurpose> consents, Instant now) {
        return assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.requireCanInvite(plan, place, TUESDAY, status, consents, now));
    }

    @Test
    void invitationsAreBlockedWithoutASafetyPlan() {
        DomainRuleViolation refusal = inviteRefusal(null, ROOM, Status.ACTIVE, ALL, WEEK_BEFORE);
        assertEquals("meeting.invite.noSafetyPlan", refusal.key());
        assertEquals(List.of(), refusal.args());
        assertDoesNotThrow(() -> InvitationRules.requireCanInvite(MeetingFixtures.plan(), ROOM, TUESDAY,
                Status.ACTIVE, COUNCIL_ONLY, WEEK_BEFORE));
    }

    @Test
    void invitationsAreBlockedWhileThePlanDoesNotFitThePlace() {
        SafetyPlan roomOnly = SafetyPlan.withDefaults("Duty psychologist", "+381 11 000 000", "Room 3", null, true);
        assertEquals("meeting.safety.stepOut.required",
                inviteRefusal(roomOnly, ONLINE, Status.ACTIVE, ALL, WEEK_BEFORE).key());
        assertDoesNotThrow(() -> InvitationRules.requireCanInvite(roomOnly, ROOM, TUESDAY, Status.ACTIVE,
                COUNCIL_ONLY, WEEK_BEFORE));
    }

    @Test
    void pausedAndWithdrawnMembersAreNotInvited() {
        assertEquals("meeting.invite.paused",
                inviteRefusal(MeetingFixtures.plan(), ROOM, Status.PAUSED, ALL, WEEK_BEFORE).key());
        assertEquals("meeting.invite.memberWithdrawn",
                inviteRefusal(MeetingFixtures.plan(), ROOM, Status.WITHDRAWN, ALL, WEEK_BEFORE).key());
    }

    @Test
    void aMemberWithoutConsentToCouncilWorkIsNotInvited() {
        DomainRuleViolation refusal = inviteRefusal(MeetingFixtures.plan(), ROOM, Status.ACTIVE,
                Set.of(PUBLIC_APPEARANCE, PHOTOGRAPHS), WEEK_BEFORE);
        assertEquals("meeting.invite.consentMissing", refusal.key());
        assertEquals(List.of("COUNCIL_WORK"), refusal.args());
    }

    @Test
    void aMemberMayBeInvitedToAPublicEventBeforeGivingConsentToAppearInPublic() {
        // the invitation says what the meeting needs; the member decides, and only accepting needs the consent
        assertDoesNotThrow(() -> InvitationRules.requireCanInvite(MeetingFixtures.plan(true, true), ROOM, TUESDAY,
                Status.ACTIVE, COUNCIL_ONLY, WEEK_BEFORE));
    }

    @Test
    void nobodyIsInvitedOnceTheMeetingHasStarted() {
        assertEquals("meeting.invite.tooLate",
                inviteRefusal(MeetingFixtures.plan(), ROOM, Status.ACTIVE, ALL, TUESDAY.start()).key());
        assertDoesNotThrow(() -> InvitationRules.requireCanInvite(MeetingFixtures.plan(), ROOM, TUESDAY,
                Status.ACTIVE, ALL, TUESDAY.start().minusSeconds(1)));
    }

    @Test
    void theMissingPlanIsReportedBeforeAnythingAboutTheMember() {
        assertEquals("meeting.invite.noSafetyPlan",
                inviteRefusal(null, ROOM, Status.PAUSED, Set.of(), TUESDAY.end()).key());
    }

    @Test
    void acceptingAPublicEventNeedsConsentToAppearInPublic() {
        SafetyPlan plan = MeetingFixtures.plan();
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> InvitationRules.accept(INVITED,
                plan, MeetingKind.PUBLIC_EVENT, COUNCIL_ONLY, TUESDAY, WEEK_BEFORE));
        assertEquals("meeting.accept.consentMissing", refusal.key());
        assertEquals(List.of("PUBLIC_APPEARANCE"), refusal.args());
        assertEquals(ACCEPTED, InvitationRules.accept(INVITED, plan, MeetingKind.PUBLIC_EVENT,
                Set.of(COUNCIL_WORK, PUBLIC_APPEARANCE), TUESDAY, WEEK_BEFORE));
    }

    @Test
    void acceptingAMeetingWithPressOrPhotographsNeedsTheMatchingConsents() {
        SafetyPlan press = MeetingFixtures.plan(false, true);
        assertEquals(List.of("PUBLIC_APPEARANCE"), assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.accept(INVITED, press, MeetingKind.PLENARY, COUNCIL_ONLY, TUESDAY,
                        WEEK_BEFORE)).args());
        SafetyPlan photographs = MeetingFixtures.plan(true, false);
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> InvitationRules.accept(
                INVITED, photographs, MeetingKind.TRAINING, Set.of(COUNCIL_WORK, PUBLIC_APPEARANCE), TUESDAY,
                WEEK_BEFORE));
        assertEquals("meeting.accept.consentMissing", refusal.key());
        assertEquals(List.of("PHOTOGRAPHS"), refusal.args());
        assertEquals(ACCEPTED, InvitationRules.accept(INVITED, photographs, MeetingKind.TRAINING,
                Set.of(COUNCIL_WORK, PHOTOGRAPHS), TUESDAY, WEEK_BEFORE));
    }

    @Test
    void aClosedMeetingWithoutPressOrPhotographsNeedsOnlyConsentToCouncilWork() {
        assertEquals(ACCEPTED, InvitationRules.accept(INVITED, MeetingFixtures.plan(), MeetingKind.HEARING,
                COUNCIL_ONLY, TUESDAY, WEEK_BEFORE));
        assertEquals(List.of("COUNCIL_WORK"), assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.accept(INVITED, MeetingFixtures.plan(), MeetingKind.HEARING,
                        Set.of(QUOTING, EMAIL_CONTACT), TUESDAY, WEEK_BEFORE)).args());
    }

    @Test
    void missingConsentsAreListedForTheInvitationPage() {
        assertEquals(EnumSet.of(PUBLIC_APPEARANCE, PHOTOGRAPHS), InvitationRules.missingConsents(
                MeetingFixtures.plan(true, false), MeetingKind.PUBLIC_EVENT, COUNCIL_ONLY));
        assertEquals(Set.of(), InvitationRules.missingConsents(MeetingFixtures.plan(true, true),
                MeetingKind.PUBLIC_EVENT, ALL));
    }

    @Test
    void membersAnswerUntilTheMeetingStarts() {
        SafetyPlan plan = MeetingFixtures.plan();
        Instant start = TUESDAY.start();
        assertEquals(ACCEPTED, InvitationRules.accept(INVITED, plan, MeetingKind.PLENARY, ALL, TUESDAY,
                start.minusSeconds(1)));
        assertEquals("meeting.response.tooLate", assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.accept(INVITED, plan, MeetingKind.PLENARY, ALL, TUESDAY, start)).key());
        assertEquals(DECLINED, InvitationRules.decline(ACCEPTED, TUESDAY, start.minusSeconds(1)));
        assertEquals("meeting.response.tooLate", assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.decline(ACCEPTED, TUESDAY, start)).key());
        assertEquals("meeting.response.tooLate", assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.decline(INVITED, TUESDAY, TUESDAY.end())).key());
    }

    @Test
    void aMemberMayDeclineWithoutReasonAlsoAfterAccepting() {
        assertEquals(DECLINED, InvitationRules.decline(INVITED, TUESDAY, WEEK_BEFORE));
        assertEquals(DECLINED, InvitationRules.decline(ACCEPTED, TUESDAY, WEEK_BEFORE));
    }

    @Test
    void finalInvitationsCannotBeAnswered() {
        for (InvitationState state : List.of(ACCEPTED, DECLINED, WITHDRAWN, CANCELLED)) {
            assertEquals("meeting.invitation.notAllowed", assertThrows(DomainRuleViolation.class,
                    () -> InvitationRules.accept(state, MeetingFixtures.plan(), MeetingKind.PLENARY, ALL, TUESDAY,
                            WEEK_BEFORE)).key(), state.toString());
        }
        for (InvitationState state : List.of(DECLINED, WITHDRAWN, CANCELLED)) {
            assertEquals("meeting.invitation.notAllowed", assertThrows(DomainRuleViolation.class,
                    () -> InvitationRules.decline(state, TUESDAY, WEEK_BEFORE)).key(), state.toString());
        }
    }

    @Test
    void theStateIsCheckedBeforeTheClockAndTheConsents() {
        assertEquals("meeting.invitation.notAllowed", assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.accept(DECLINED, MeetingFixtures.plan(), MeetingKind.PUBLIC_EVENT, Set.of(),
                        TUESDAY, TUESDAY.end())).key());
        assertEquals("meeting.response.tooLate", assertThrows(DomainRuleViolation.class,
                () -> InvitationRules.accept(INVITED, MeetingFixtures.plan(), MeetingKind.PUBLIC_EVENT, Set.of(),
                        TUESDAY, TUESDAY.end())).key());
    }

    @Test
    void theSecretariatWithdrawsOpenInvitationsOnly() {
        assertEquals(WITHDRAWN, InvitationRules.withdraw(INVITED));
        assertEquals(WITHDRAWN, InvitationRules.withdraw(ACCEPTED));
        for (InvitationState state : List.of(DECLINED, WITHDRAWN, CANCELLED)) {
            assertEquals("meeting.invitation.notAllowed",
                    assertThrows(DomainRuleViolation.class, () -> InvitationRules.withdraw(state)).key());
        }
    }

    @Test
    void cancellingTheMeetingCancelsOpenInvitationsAndLeavesTheRest() {
        assertEquals(CANCELLED, InvitationRules.onMeetingCancelled(INVITED));
        assertEquals(CANCELLED, InvitationRules.onMeetingCancelled(ACCEPTED));
        assertEquals(DECLINED, InvitationRules.onMeetingCancelled(DECLINED));
        assertEquals(WITHDRAWN, InvitationRules.onMeetingCancelled(WITHDRAWN));
        assertEquals(CANCELLED, InvitationRules.onMeetingCancelled(CANCELLED));
    }

    @Test
    void withdrawingConsentToAppearInPublicTakesTheMemberOffUpcomingPublicEvents() {
        SafetyPlan plan = MeetingFixtures.plan();
        assertTrue(InvitationRules.withdrawnByConsent(ACCEPTED, plan, MeetingKind.PUBLIC_EVENT, PUBLIC_APPEARANCE,
                TUESDAY, WEEK_BEFORE));
        assertTrue(InvitationRules.withdrawnByConsent(INVITED, plan, MeetingKind.PUBLIC_EVENT, PUBLIC_APPEARANCE,
                TUESDAY, WEEK_BEFORE));
        assertTrue(InvitationRules.withdrawnByConsent(ACCEPTED, MeetingFixtures.plan(false, true),
                MeetingKind.PLENARY, PUBLIC_APPEARANCE, TUESDAY, WEEK_BEFORE), "press makes a plenary public");
        assertFalse(InvitationRules.withdrawnByConsent(ACCEPTED, plan, MeetingKind.PLENARY, PUBLIC_APPEARANCE,
                TUESDAY, WEEK_BEFORE), "a closed plenary does not need it");
        assertFalse(InvitationRules.withdrawnByConsent(ACCEPTED, plan, MeetingKind.PUBLIC_EVENT, QUOTING, TUESDAY,
                WEEK_BEFORE), "another consent");
        assertFalse(InvitationRules.withdrawnByConsent(ACCEPTED, plan, MeetingKind.PUBLIC_EVENT, PUBLIC_APPEARANCE,
                TUESDAY, TUESDAY.start()), "a meeting under way is left to the people in the room");
        assertFalse(InvitationRules.withdrawnByConsent(DECLINED, plan, MeetingKind.PUBLIC_EVENT, PUBLIC_APPEARANCE,
                TUESDAY, WEEK_BEFORE), "nothing left to withdraw");
    }

    @Test
    void withdrawingConsentToPhotographsOrCouncilWorkWithdrawsWhereNeeded() {
        assertTrue(InvitationRules.withdrawnByConsent(ACCEPTED, MeetingFixtures.plan(true, false),
                MeetingKind.TRAINING, PHOTOGRAPHS, TUESDAY, WEEK_BEFORE));
        assertFalse(InvitationRules.withdrawnByConsent(ACCEPTED, MeetingFixtures.plan(), MeetingKind.TRAINING,
                PHOTOGRAPHS, TUESDAY, WEEK_BEFORE));
        for (MeetingKind kind : MeetingKind.values()) {
            assertTrue(InvitationRules.withdrawnByConsent(INVITED, MeetingFixtures.plan(), kind, COUNCIL_WORK,
                    TUESDAY, WEEK_BEFORE), kind.toString());
        }
    }
}
