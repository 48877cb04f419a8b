package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.meeting.domain.MeetingFixtures.TUESDAY;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.meeting.domain.Attendance.Presence;
import org.nstac.portal.shared.DomainRuleViolation;

class AttendanceTest {

    @Test
    void partlyPresentNeedsHoursAboveZeroWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("2.50"), Attendance.partly(new BigDecimal("2.5")).hours());
        assertEquals(new BigDecimal("0.25"), Attendance.partly(new BigDecimal("0.25")).hours());
        for (String hours : new String[] {"0", "0.00", "-1", "2.555", "337"}) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                    () -> Attendance.partly(new BigDecimal(hours)), hours);
            assertEquals("meeting.attendance.hours.invalid", refusal.key(), hours);
            assertEquals(List.of(new BigDecimal("336")), refusal.args(), hours);
        }
        assertEquals("meeting.attendance.hours.invalid",
                assertThrows(DomainRuleViolation.class, () -> Attendance.partly(null)).key());
    }

    @Test
    void partialHoursAreAtMostTheMeetingsLength() {
        Attendance six = Attendance.partly(new BigDecimal("6"));
        assertSame(six, six.checkedFor(TUESDAY));
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> Attendance.partly(new BigDecimal("6.01")).checkedFor(TUESDAY));
        assertEquals("meeting.attendance.hours.invalid", refusal.key());
        assertEquals(List.of(new BigDecimal("6.00")), refusal.args());
        assertSame(Attendance.present().checkedFor(TUESDAY).presence(), Presence.PRESENT);
        assertSame(Attendance.absent().checkedFor(TUESDAY).presence(), Presence.ABSENT);
    }

    @Test
    void presentAndAbsentHaveNoHoursAndOnlyTheAbsentHaveFlags() {
        assertNull(Attendance.present().hours());
        assertNull(Attendance.absent().hours());
        assertThrows(IllegalArgumentException.class,
                () -> new Attendance(Presence.PRESENT, BigDecimal.ONE, false, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Attendance(Presence.ABSENT, BigDecimal.ONE, false, false));
        assertThrows(IllegalArgumentException.class, () -> new Attendance(Presence.PRESENT, null, true, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Attendance(Presence.PARTLY, BigDecimal.ONE, false, true));
        Attendance absent = Attendance.absent(true, true);
        assertTrue(absent.prepared());
        assertTrue(absent.travelled());
        assertFalse(absent.attended());
        assertTrue(Attendance.present().attended());
        assertTrue(Attendance.partly(BigDecimal.ONE).attended());
    }
}
