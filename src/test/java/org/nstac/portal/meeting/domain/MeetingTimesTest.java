package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.meeting.domain.MeetingFixtures.BELGRADE;
import static org.nstac.portal.meeting.domain.MeetingFixtures.TUESDAY;
import static org.nstac.portal.meeting.domain.MeetingFixtures.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class MeetingTimesTest {

    @Test
    void aMeetingEndsAfterItStarts() {
        Instant nine = at("2026-03-10T09:00:00Z");
        assertEquals("meeting.times.order",
                assertThrows(DomainRuleViolation.class, () -> new MeetingTimes(nine, nine)).key());
        assertEquals("meeting.times.order", assertThrows(DomainRuleViolation.class,
                () -> new MeetingTimes(nine, nine.minusSeconds(1))).key());
        assertEquals("meeting.times.required",
                assertThrows(DomainRuleViolation.class, () -> new MeetingTimes(null, nine)).key());
        assertEquals("meeting.times.required",
                assertThrows(DomainRuleViolation.class, () -> new MeetingTimes(nine, null)).key());
        assertDoesNotThrow(() -> new MeetingTimes(nine, nine.plusSeconds(60)));
    }

    @Test
    void theLengthIsCountedInHoursRoundedDown() {
        assertEquals(Duration.ofHours(6), TUESDAY.length());
        assertEquals(new BigDecimal("6.00"), TUESDAY.lengthInHours());
        MeetingTimes odd = new MeetingTimes(at("2026-03-10T09:00:00Z"), at("2026-03-10T10:40:00Z"));
        assertEquals(new BigDecimal("1.66"), odd.lengthInHours());
    }

    @Test
    void attendanceCanBeRecordedFromTheStartOn() {
        assertEquals("meeting.attendance.tooEarly", assertThrows(DomainRuleViolation.class,
                () -> TUESDAY.requireAttendanceRecordable(at("2026-03-10T08:59:59Z"))).key());
        assertEquals("meeting.attendance.tooEarly", assertThrows(DomainRuleViolation.class,
                () -> TUESDAY.requireAttendanceRecordable(at("2026-03-01T12:00:00Z"))).key());
        assertDoesNotThrow(() -> TUESDAY.requireAttendanceRecordable(at("2026-03-10T09:00:00Z")));
        assertDoesNotThrow(() -> TUESDAY.requireAttendanceRecordable(at("2026-03-10T12:00:00Z")));
        assertDoesNotThrow(() -> TUESDAY.requireAttendanceRecordable(at("2026-04-10T12:00:00Z")));
    }

    @Test
    void startedAndEndedAreTrueFromTheirInstantOn() {
        assertFalse(TUESDAY.hasStarted(TUESDAY.start().minusNanos(1)));
        assertTrue(TUESDAY.hasStarted(TUESDAY.start()));
        assertFalse(TUESDAY.hasEnded(TUESDAY.end().minusNanos(1)));
        assertTrue(TUESDAY.hasEnded(TUESDAY.end()));
    }

    @Test
    void theLinkIsShownFromMidnightTheDayBeforeInTheCouncilsTimeZone() {
        // 10:00 in Belgrade on Tuesday 10 March: the link appears at 00:00 on Monday 9 March in Belgrade,
        // which is 23:00 UTC on Sunday 8 March
        assertEquals(at("2026-03-08T23:00:00Z"), TUESDAY.linkShownFrom(BELGRADE));
        assertFalse(TUESDAY.linkVisible(at("2026-03-08T22:59:59Z"), BELGRADE));
        assertTrue(TUESDAY.linkVisible(at("2026-03-08T23:00:00Z"), BELGRADE));
        assertTrue(TUESDAY.linkVisible(at("2026-03-10T09:00:00Z"), BELGRADE));
        assertTrue(TUESDAY.linkVisible(at("2026-03-10T14:59:59Z"), BELGRADE));
        assertFalse(TUESDAY.linkVisible(at("2026-03-10T15:00:00Z"), BELGRADE), "gone once the meeting is over");
        assertFalse(TUESDAY.linkVisible(at("2026-02-10T09:00:00Z"), BELGRADE), "not weeks ahead");
    }

    @Test
    void theDayBeforeDependsOnTheZoneNotOnTwentyFourHours() {
        // 00:30 on 10 March in Belgrade is 23:30 UTC on 9 March: in Belgrade the day before is 9 March
        MeetingTimes earlyMorning = new MeetingTimes(at("2026-03-09T23:30:00Z"), at("2026-03-10T02:00:00Z"));
        assertEquals(at("2026-03-08T23:00:00Z"), earlyMorning.linkShownFrom(BELGRADE));
        assertEquals(at("2026-03-08T00:00:00Z"), earlyMorning.linkShownFrom(ZoneOffset.UTC));
        // the clocks go forward on Sunday 29 March 2026 in Belgrade: Monday's link appears at Sunday midnight
        // (UTC+1), although the meeting starts at UTC+2
        MeetingTimes afterDst = new MeetingTimes(at("2026-03-30T08:00:00Z"), at("2026-03-30T10:00:00Z"));
        assertEquals(at("2026-03-28T23:00:00Z"), afterDst.linkShownFrom(ZoneId.of("Europe/Belgrade")));
    }

    @Test
    void onlyAnOpenInvitationSeesTheLinkAndOnlyInTime() {
        Instant dayBefore = at("2026-03-09T12:00:00Z");
        Instant weekBefore = at("2026-03-03T12:00:00Z");
        for (InvitationState state : InvitationState.values()) {
            boolean open = state == InvitationState.INVITED || state == InvitationState.ACCEPTED;
            assertEquals(open, TUESDAY.linkVisible(state, dayBefore, BELGRADE), state.toString());
            assertFalse(TUESDAY.linkVisible(state, weekBefore, BELGRADE), state.toString());
        }
        assertFalse(TUESDAY.linkVisible(null, dayBefore, BELGRADE), "not invited: never");
    }

    @Test
    void meetingsThatTouchDoNotOverlap() {
        MeetingTimes morning = new MeetingTimes(at("2026-03-10T07:00:00Z"), at("2026-03-10T09:00:00Z"));
        MeetingTimes lunch = new MeetingTimes(at("2026-03-10T11:00:00Z"), at("2026-03-10T12:00:00Z"));
        MeetingTimes evening = new MeetingTimes(at("2026-03-10T14:59:00Z"), at("2026-03-10T17:00:00Z"));
        MeetingTimes wholeDay = new MeetingTimes(at("2026-03-10T00:00:00Z"), at("2026-03-11T00:00:00Z"));
        assertFalse(TUESDAY.overlaps(morning));
        assertFalse(morning.overlaps(TUESDAY));
        assertTrue(TUESDAY.overlaps(lunch));
        assertTrue(lunch.overlaps(TUESDAY));
        assertTrue(TUESDAY.overlaps(evening));
        assertTrue(TUESDAY.overlaps(wholeDay));
        assertTrue(wholeDay.overlaps(TUESDAY));
        assertTrue(TUESDAY.overlaps(TUESDAY));
    }
}
