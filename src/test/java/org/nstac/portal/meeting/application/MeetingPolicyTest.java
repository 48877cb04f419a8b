package org.nstac.portal.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.meeting.domain.Attendance;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.meeting.domain.MeetingAction;
import org.nstac.portal.meeting.domain.MeetingKind;
import org.nstac.portal.meeting.domain.MeetingPay;
import org.nstac.portal.meeting.domain.MeetingRelation;
import org.nstac.portal.meeting.domain.MeetingTimes;
import org.nstac.portal.meeting.domain.MinutesVisibility;
import org.nstac.portal.meeting.domain.Place;
import org.nstac.portal.meeting.infrastructure.AttendanceStore;
import org.nstac.portal.meeting.infrastructure.InvitationRecord;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.meeting.infrastructure.MeetingStore;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * How the policy works out who is asking: from the roles and the member behind the sign-in, and, for one meeting, from
 * the caller's invitation and attendance. No server: the sign-in, the member and the tables are stand-ins.
 */
class MeetingPolicyTest {

    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    private final Map<String, InvitationRecord> invitations = new HashMap<>();
    private final Map<String, Attendance> attendance = new HashMap<>();

    private MeetingPolicy policy(String login, Set<Role> roles, String memberRef, String ministryOf) {
        MeetingPolicy policy = new MeetingPolicy();
        policy.user = new CurrentUser() {
            @Override
            public boolean hasRole(Role role) {
                return roles.contains(role);
            }

            @Override
            public String getName() {
                return login;
            }
        };
        policy.member = () -> Optional.ofNullable(memberRef);
        policy.meetings = new MeetingStore() {
            @Override
            public Optional<InvitationRecord> invitation(long meetingId, String ref) {
                return Optional.ofNullable(invitations.get(meetingId + ":" + ref));
            }
        };
        policy.attendance = new AttendanceStore() {
            @Override
            public Optional<Attendance> attendanceOf(long meetingId, String ref) {
                return Optional.ofNullable(attendance.get(meetingId + ":" + ref));
            }
        };
        policy.organisations = new Organisations() {
            @Override
            public Optional<String> organisationOf(String official) {
                return Optional.ofNullable(ministryOf);
            }
        };
        return policy;
    }

    private static MeetingRecord meeting(long id, MeetingKind kind, String ministry) throws Exception {
        MeetingRecord m = new MeetingRecord(kind, "A meeting", "1. Welcome", new MeetingTimes(START,
                START.plusSeconds(7200)), new Place.InPerson("Room 3"), "sr-Latn", null, null, null, ministry,
                new MeetingPay(BigDecimal.ONE, BigDecimal.ZERO, 0, BigDecimal.ZERO), "secretariat", START);
        Field field = MeetingRecord.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(m, id);
        return m;
    }

    private void invited(long meetingId, String ref, InvitationState state) {
        InvitationRecord i = new InvitationRecord(meetingId, ref, START.minusSeconds(86_400));
        if (state != InvitationState.INVITED) {
            i.moveTo(state, START.minusSeconds(3600));
        }
        invitations.put(meetingId + ":" + ref, i);
    }

    @Test
    void theSecretariatRunsMeetingsAndSeesThemAll() throws Exception {
        MeetingPolicy secretariat = policy("secretariat", Set.of(Role.SECRETARIAT), null, null);
        assertEquals(EnumSet.of(MeetingRelation.SECRETARIAT), secretariat.relations());
        assertTrue(secretariat.may(MeetingAction.PLAN));
        assertTrue(secretariat.may(MeetingAction.INVITE, meeting(1, MeetingKind.PLENARY, null)));
        assertEquals("secretariat", secretariat.actor());
        assertThrows(NotFound.class, secretariat::memberRef, "the secretariat answers no invitation");
    }

    @Test
    void aMemberStandsToAMeetingThroughTheirInvitationAndAttendance() throws Exception {
        MeetingRecord plenary = meeting(7, MeetingKind.PLENARY, null);
        MeetingPolicy sunflower = policy("sunflower", Set.of(Role.MEMBER), "m-sun", null);
        assertEquals(EnumSet.of(MeetingRelation.MEMBER), sunflower.relationsTo(plenary), "not invited");
        assertThrows(NotFound.class, () -> sunflower.require(MeetingAction.VIEW, plenary));

        invited(7, "m-sun", InvitationState.INVITED);
        assertEquals(EnumSet.of(MeetingRelation.MEMBER, MeetingRelation.INVITED_MEMBER),
                sunflower.relationsTo(plenary));
        invited(7, "m-sun", InvitationState.ACCEPTED);
        attendance.put("7:m-sun", Attendance.present());
        assertEquals(EnumSet.of(MeetingRelation.MEMBER, MeetingRelation.INVITED_MEMBER,
                MeetingRelation.ACCEPTED_MEMBER, MeetingRelation.ATTENDEE), sunflower.relationsTo(plenary));
        assertEquals(MinutesVisibility.Viewer.ATTENDEE, sunflower.minutesViewer(plenary));
        assertEquals("m-sun", sunflower.memberRef());

        MeetingPolicy river = policy("river", Set.of(Role.MEMBER), "m-river", null);
        assertEquals(EnumSet.of(MeetingRelation.MEMBER), river.relationsTo(plenary), "sunflower's invitation is hers");
        assertEquals(MinutesVisibility.Viewer.COUNCIL_MEMBER, river.minutesViewer(plenary));
    }

    @Test
    void aMemberWhoWithdrewIsNoMemberHere() throws Exception {
        MeetingPolicy withdrawn = policy("willow", Set.of(Role.MEMBER), null, null);
        assertEquals(Set.of(), withdrawn.relations());
        assertFalse(withdrawn.may(MeetingAction.LIST_OWN));
        assertThrows(NotFound.class, withdrawn::memberRef);
        assertThrows(NotFound.class, () -> withdrawn.require(MeetingAction.READ_MINUTES,
                meeting(2, MeetingKind.PLENARY, null)));
    }

    @Test
    void aMinistryReadsTheMinutesOfItsOwnHearingOnly() throws Exception {
        MeetingPolicy justice = policy("justice", Set.of(Role.MINISTRY), null, "justice");
        assertEquals(MinutesVisibility.Viewer.MEETING_MINISTRY,
                justice.minutesViewer(meeting(3, MeetingKind.HEARING, "justice")));
        assertEquals(MinutesVisibility.Viewer.OTHER_MINISTRY,
                justice.minutesViewer(meeting(4, MeetingKind.HEARING, "labour")));
        assertEquals(MinutesVisibility.Viewer.OTHER_MINISTRY,
                justice.minutesViewer(meeting(5, MeetingKind.PLENARY, null)));
        assertFalse(justice.may(MeetingAction.VIEW, meeting(3, MeetingKind.HEARING, "justice")),
                "a ministry sees no meeting itself");
        MeetingPolicy observer = policy("observer", Set.of(Role.OBSERVER), null, null);
        assertThrows(NotFound.class, () -> observer.require(MeetingAction.READ_MINUTES,
                meeting(3, MeetingKind.HEARING, "justice")));
    }

    @Test
    void aCalledOffMeetingTakesNoAnswerAndSaysWhy() throws Exception {
        MeetingRecord plenary = meeting(8, MeetingKind.PLENARY, null);
        plenary.cancel();
        invited(8, "m-sun", InvitationState.CANCELLED);
        MeetingPolicy sunflower = policy("sunflower", Set.of(Role.MEMBER), "m-sun", null);
        assertEquals("meeting.cancelled", assertThrows(DomainRuleViolation.class,
                () -> sunflower.require(MeetingAction.ANSWER, plenary)).key());
        assertThrows(NotFound.class, () -> sunflower.require(MeetingAction.STEP_OUT, plenary), "no seat any more");
        assertTrue(sunflower.may(MeetingAction.VIEW, plenary), "still in her list");
    }

    @Test
    void theDemoDataActsForSomeoneOnlyWhereThereIsDemoData() {
        MeetingPolicy production = policy(null, Set.of(), null, null);
        assertThrows(IllegalStateException.class, () -> production.actForDemoData("secretariat", null));
        assertEquals(Set.of(), production.relations());

        MeetingPolicy demo = policy(null, Set.of(), null, null);
        demo.demoData = true;
        demo.actForDemoData("secretariat", null);
        assertEquals(EnumSet.of(MeetingRelation.SECRETARIAT), demo.relations());
        assertEquals("secretariat", demo.actor());
        demo.actForDemoData("sunflower", "m-sun");
        assertEquals(EnumSet.of(MeetingRelation.MEMBER), demo.relations());
        assertEquals("m-sun", demo.memberRef());
    }
}
