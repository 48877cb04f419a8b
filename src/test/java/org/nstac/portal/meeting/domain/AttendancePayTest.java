package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.meeting.domain.MeetingFixtures.TUESDAY;
import static org.nstac.portal.meeting.domain.MeetingFixtures.at;
import static org.nstac.portal.payment.domain.Activity.MEETING_DAY;
import static org.nstac.portal.payment.domain.Activity.PER_DIEM;
import static org.nstac.portal.payment.domain.Activity.PREPARATION_HOUR;
import static org.nstac.portal.payment.domain.Activity.TRAVEL_PER_KM;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nstac.portal.meeting.domain.AttendancePay.AccrualPlan;
import org.nstac.portal.meeting.domain.AttendancePay.PayLine;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.shared.DomainRuleViolation;

class AttendancePayTest {

    /** One day, three hours of preparation, one per diem, 240 km there and back. */
    private static final MeetingPay PLENARY_PAY = new MeetingPay(BigDecimal.ONE, new BigDecimal("3"), 1,
            new BigDecimal("240"));

    /** Budva: three days (Monday 09:00 to Wednesday 17:00), four per diems, eight hours of preparation. */
    private static final MeetingTimes THREE_DAYS = new MeetingTimes(at("2026-05-11T07:00:00Z"),
            at("2026-05-13T15:00:00Z"));
    private static final MeetingPay THREE_DAY_PAY = new MeetingPay(new BigDecimal("3"), new BigDecimal("8"), 4,
            new BigDecimal("900"));

    private static String line(PayLine line) {
        return line.sourceKey() + " " + line.activity() + " " + line.quantity().toPlainString();
    }

    private static List<String> lines(List<PayLine> lines) {
        return lines.stream().map(AttendancePayTest::line).toList();
    }

    @Test
    void presentPaysExactlyWhatTheMeetingPromised() {
        assertEquals(List.of(
                        "meeting:42:member:m-7:MEETING_DAY MEETING_DAY 1.00",
                        "meeting:42:member:m-7:PREPARATION_HOUR PREPARATION_HOUR 3.00",
                        "meeting:42:member:m-7:PER_DIEM PER_DIEM 1.00",
                        "meeting:42:member:m-7:TRAVEL_PER_KM TRAVEL_PER_KM 240.00"),
                lines(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.present())));
    }

    @Test
    void linesOfZeroAreLeftOut() {
        MeetingPay inTown = new MeetingPay(new BigDecimal("0.5"), BigDecimal.ZERO, 0, BigDecimal.ZERO);
        assertEquals(List.of("meeting:1:member:m-1:MEETING_DAY MEETING_DAY 0.50"),
                lines(AttendancePay.forAttendance(1, "m-1", inTown, TUESDAY, Attendance.present())));
        assertEquals(List.of(),
                AttendancePay.forAttendance(1, "m-1", MeetingPay.none(), TUESDAY, Attendance.present()));
        assertEquals(List.of(), AttendancePay.forAttendance(1, "m-1", MeetingPay.none(), TUESDAY,
                Attendance.partly(BigDecimal.ONE)));
    }

    @Test
    void partlyPresentKeepsPreparationPerDiemAndTravelAndADayForHalfTheMeeting() {
        // the plenary lasts six hours: three hours are half of it, and pay the full day
        assertEquals(List.of(
                        "meeting:42:member:m-7:MEETING_DAY MEETING_DAY 1.00",
                        "meeting:42:member:m-7:PREPARATION_HOUR PREPARATION_HOUR 3.00",
                        "meeting:42:member:m-7:PER_DIEM PER_DIEM 1.00",
                        "meeting:42:member:m-7:TRAVEL_PER_KM TRAVEL_PER_KM 240.00"),
                lines(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                        Attendance.partly(new BigDecimal("3")))));
        // one hour is less than half: half a day, everything else in full
        assertEquals(List.of(
                        "meeting:42:member:m-7:MEETING_DAY MEETING_DAY 0.50",
                        "meeting:42:member:m-7:PREPARATION_HOUR PREPARATION_HOUR 3.00",
                        "meeting:42:member:m-7:PER_DIEM PER_DIEM 1.00",
                        "meeting:42:member:m-7:TRAVEL_PER_KM TRAVEL_PER_KM 240.00"),
                lines(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                        Attendance.partly(BigDecimal.ONE))));
    }

    @Test
    void partialMeetingDaysFollowTheDocumentedExamples() {
        // one day of six hours
        assertEquals(new BigDecimal("0.50"), days(BigDecimal.ONE, TUESDAY, "0.25"));
        assertEquals(new BigDecimal("0.50"), days(BigDecimal.ONE, TUESDAY, "1"));
        assertEquals(new BigDecimal("0.50"), days(BigDecimal.ONE, TUESDAY, "2.99"));
        assertEquals(new BigDecimal("1.00"), days(BigDecimal.ONE, TUESDAY, "3"));
        assertEquals(new BigDecimal("1.00"), days(BigDecimal.ONE, TUESDAY, "5"));
        assertEquals(new BigDecimal("1.00"), days(BigDecimal.ONE, TUESDAY, "6"));
        // three days, counted at eight hours a day however long the nights between them
        assertEquals(new BigDecimal("56.00"), THREE_DAYS.lengthInHours());
        assertEquals(new BigDecimal("0.50"), days(new BigDecimal("3"), THREE_DAYS, "2"));
        assertEquals(new BigDecimal("1.00"), days(new BigDecimal("3"), THREE_DAYS, "4"));
        assertEquals(new BigDecimal("1.00"), days(new BigDecimal("3"), THREE_DAYS, "8"));
        assertEquals(new BigDecimal("1.50"), days(new BigDecimal("3"), THREE_DAYS, "9"));
        assertEquals(new BigDecimal("2.00"), days(new BigDecimal("3"), THREE_DAYS, "16"));
        assertEquals(new BigDecimal("2.50"), days(new BigDecimal("3"), THREE_DAYS, "18"));
        assertEquals(new BigDecimal("3.00"), days(new BigDecimal("3"), THREE_DAYS, "20"));
        assertEquals(new BigDecimal("3.00"), days(new BigDecimal("3"), THREE_DAYS, "40"));
        // a half-day training of three hours never pays more than the half day promised
        assertEquals(new BigDecimal("0.50"), days(new BigDecimal("0.5"), TUESDAY, "1"));
        assertEquals(new BigDecimal("0.50"), days(new BigDecimal("0.5"), TUESDAY, "6"));
        // a meeting that promised no day pays none
        assertEquals(new BigDecimal("0.00"), days(BigDecimal.ZERO, TUESDAY, "3"));
    }

    private static BigDecimal days(BigDecimal promised, MeetingTimes times, String hours) {
        return AttendancePay.partialMeetingDays(promised, times, new BigDecimal(hours));
    }

    @Test
    void partialDaysAreNeverMoreThanPromisedNorLessThanHalfADay() {
        for (int quarterHours = 1; quarterHours <= 56 * 4; quarterHours++) {
            BigDecimal hours = BigDecimal.valueOf(quarterHours).divide(BigDecimal.valueOf(4));
            BigDecimal paid = days(new BigDecimal("3"), THREE_DAYS, hours.toPlainString());
            assertTrue(paid.compareTo(new BigDecimal("0.5")) >= 0, hours + " hours");
            assertTrue(paid.compareTo(new BigDecimal("3")) <= 0, hours + " hours");
            assertEquals(0, paid.remainder(new BigDecimal("0.5")).signum(), "half days only: " + hours);
            BigDecimal more = days(new BigDecimal("3"), THREE_DAYS, hours.add(new BigDecimal("0.25")).toPlainString());
            assertTrue(more.compareTo(paid) >= 0, "more hours never pay less: " + hours);
        }
    }

    @Test
    void aPartlyPresentMemberOnAThreeDayMeetingKeepsEveryPerDiemAndTheTravel() {
        assertEquals(List.of(
                        "meeting:9:member:m-3:MEETING_DAY MEETING_DAY 2.00",
                        "meeting:9:member:m-3:PREPARATION_HOUR PREPARATION_HOUR 8.00",
                        "meeting:9:member:m-3:PER_DIEM PER_DIEM 4.00",
                        "meeting:9:member:m-3:TRAVEL_PER_KM TRAVEL_PER_KM 900.00"),
                lines(AttendancePay.forAttendance(9, "m-3", THREE_DAY_PAY, THREE_DAYS,
                        Attendance.partly(new BigDecimal("16")))));
    }

    @Test
    void partialHoursBeyondTheMeetingAreRefusedBeforeAnythingIsPaid() {
        assertEquals("meeting.attendance.hours.invalid", assertThrows(DomainRuleViolation.class,
                () -> AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                        Attendance.partly(new BigDecimal("7")))).key());
    }

    @Test
    void absentPaysOnlyWhatTheMemberGaveBeforeTheMeeting() {
        assertEquals(List.of(),
                AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.absent()));
        assertEquals(List.of("meeting:42:member:m-7:PREPARATION_HOUR PREPARATION_HOUR 3.00"),
                lines(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.absent(true, false))));
        assertEquals(List.of("meeting:42:member:m-7:TRAVEL_PER_KM TRAVEL_PER_KM 240.00"),
                lines(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.absent(false, true))));
        assertEquals(List.of(
                        "meeting:42:member:m-7:PREPARATION_HOUR PREPARATION_HOUR 3.00",
                        "meeting:42:member:m-7:TRAVEL_PER_KM TRAVEL_PER_KM 240.00"),
                lines(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.absent(true, true))));
    }

    @Test
    void aCancelledMeetingStillPaysTravelAlreadyMadeAndPreparationAlreadyDone() {
        assertEquals(List.of("meeting:9:member:m-3:TRAVEL_PER_KM TRAVEL_PER_KM 900.00"),
                lines(AttendancePay.forCancelledMeeting(9, "m-3", THREE_DAY_PAY, false, true)));
        assertEquals(List.of(
                        "meeting:9:member:m-3:PREPARATION_HOUR PREPARATION_HOUR 8.00",
                        "meeting:9:member:m-3:TRAVEL_PER_KM TRAVEL_PER_KM 900.00"),
                lines(AttendancePay.forCancelledMeeting(9, "m-3", THREE_DAY_PAY, true, true)));
        assertEquals(List.of(), AttendancePay.forCancelledMeeting(9, "m-3", THREE_DAY_PAY, false, false));
        List<Activity> paid = AttendancePay.forCancelledMeeting(9, "m-3", THREE_DAY_PAY, true, true).stream()
                .map(PayLine::activity).toList();
        assertTrue(!paid.contains(MEETING_DAY) && !paid.contains(PER_DIEM), "no meeting day and no per diem");
    }

    @Test
    void recordingTheSameAttendanceTwiceCreatesNothingNew() {
        List<PayLine> first = AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.present());
        AccrualPlan initially = AttendancePay.plan(first, Map.of());
        assertEquals(first, initially.toAccrue());
        Map<String, BigDecimal> accrued = initially.toAccrue().stream()
                .collect(Collectors.toMap(PayLine::sourceKey, PayLine::quantity));
        List<PayLine> again = AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY, Attendance.present());
        assertEquals(first, again, "the same lines, keys included");
        AccrualPlan secondTime = AttendancePay.plan(again, accrued);
        assertTrue(secondTime.isEmpty(), secondTime.toString());
    }

    @Test
    void aCorrectedAttendanceSaysWhatChangedAndWhatIsNoLongerDue() {
        Map<String, BigDecimal> accrued = AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                Attendance.present()).stream().collect(Collectors.toMap(PayLine::sourceKey, PayLine::quantity));
        AccrualPlan toPartly = AttendancePay.plan(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                Attendance.partly(BigDecimal.ONE)), accrued);
        assertEquals(List.of(), toPartly.toAccrue());
        assertEquals(List.of("meeting:42:member:m-7:MEETING_DAY MEETING_DAY 0.50"), lines(toPartly.changed()));
        assertEquals(List.of(), toPartly.noLongerDue());
        AccrualPlan toAbsent = AttendancePay.plan(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                Attendance.absent(true, false)), accrued);
        assertTrue(toAbsent.toAccrue().isEmpty() && toAbsent.changed().isEmpty());
        assertEquals(List.of("meeting:42:member:m-7:MEETING_DAY", "meeting:42:member:m-7:PER_DIEM",
                "meeting:42:member:m-7:TRAVEL_PER_KM"), toAbsent.noLongerDue());
        AccrualPlan backToPresent = AttendancePay.plan(AttendancePay.forAttendance(42, "m-7", PLENARY_PAY, TUESDAY,
                Attendance.present()), Map.of("meeting:42:member:m-7:PREPARATION_HOUR", new BigDecimal("3.0")));
        assertEquals(List.of("MEETING_DAY", "PER_DIEM", "TRAVEL_PER_KM"),
                backToPresent.toAccrue().stream().map(l -> l.activity().name()).toList());
        assertEquals(List.of(), backToPresent.changed(), "3.0 and 3.00 are the same quantity");
    }

    @Test
    void keysNameTheMeetingTheMemberAndTheActivityAndNothingElse() {
        assertEquals("meeting:42:member:m-7:PER_DIEM", AttendancePay.sourceKey(42, "m-7", PER_DIEM));
        assertEquals("meeting:43:member:m-7:PER_DIEM", AttendancePay.sourceKey(43, "m-7", PER_DIEM));
        assertEquals("meeting:42:member:m-8:TRAVEL_PER_KM", AttendancePay.sourceKey(42, "m-8", TRAVEL_PER_KM));
        assertEquals("meeting:42:member:m-8:PREPARATION_HOUR", AttendancePay.sourceKey(42, "m-8", PREPARATION_HOUR));
        // The prefix a meeting page uses to find one member's pay for one meeting: meeting 4 is not meeting 42.
        assertEquals("meeting:4:member:m-7:", AttendancePay.sourceKeyPrefix(4, "m-7"));
        assertTrue(!AttendancePay.sourceKey(42, "m-7", PER_DIEM).startsWith(AttendancePay.sourceKeyPrefix(4, "m-7")));
        assertTrue(!AttendancePay.sourceKey(4, "m-77", PER_DIEM).startsWith(AttendancePay.sourceKeyPrefix(4, "m-7")));
        for (String ref : new String[] {null, "", " ", "m:7"}) {
            assertThrows(IllegalArgumentException.class, () -> AttendancePay.sourceKey(42, ref, PER_DIEM));
            assertThrows(IllegalArgumentException.class, () -> AttendancePay.sourceKeyPrefix(42, ref));
            assertThrows(IllegalArgumentException.class,
                    () -> AttendancePay.forAttendance(42, ref, PLENARY_PAY, TUESDAY, Attendance.absent()));
        }
    }

    @Test
    void everyLineHasTwoDecimalsAndMoreThanZero() {
        for (PayLine line : AttendancePay.forAttendance(9, "m-3", THREE_DAY_PAY, THREE_DAYS, Attendance.present())) {
            assertEquals(2, line.quantity().scale(), line.toString());
            assertTrue(line.quantity().signum() > 0, line.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> new PayLine("k", PER_DIEM, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new PayLine(" ", PER_DIEM, BigDecimal.ONE));
    }
}
