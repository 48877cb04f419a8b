package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class MeetingPayTest {

    private static MeetingPay pay(String days, String prep, int perDiems, String km) {
        return new MeetingPay(days == null ? null : new BigDecimal(days), prep == null ? null : new BigDecimal(prep),
                perDiems, km == null ? null : new BigDecimal(km));
    }

    private static void refused(String key, Object max, MeetingPayFactory factory) {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, factory::make);
        assertEquals(key, refusal.key());
        assertEquals(List.of(max), refusal.args());
    }

    private interface MeetingPayFactory {
        MeetingPay make();
    }

    @Test
    void aPromiseIsKeptWithTwoDecimals() {
        MeetingPay pay = pay("1.5", "2.25", 2, "120.5");
        assertEquals(new BigDecimal("1.50"), pay.meetingDays());
        assertEquals(new BigDecimal("2.25"), pay.preparationHours());
        assertEquals(2, pay.perDiemDays());
        assertEquals(new BigDecimal("120.50"), pay.travelKm());
        assertEquals(pay("0", "0", 0, "0"), MeetingPay.none());
        assertEquals(new BigDecimal("14.00"), pay("14", "40", 16, "5000").meetingDays());
    }

    @Test
    void meetingDaysComeInHalfDays() {
        for (String days : new String[] {"0.25", "1.3", "-0.5", "14.5", "15"}) {
            refused("meeting.pay.days.invalid", new BigDecimal("14"), () -> pay(days, "0", 0, "0"));
        }
        refused("meeting.pay.days.invalid", new BigDecimal("14"), () -> pay(null, "0", 0, "0"));
    }

    @Test
    void preparationPerDiemsAndTravelHaveLimits() {
        refused("meeting.pay.preparation.invalid", new BigDecimal("40"), () -> pay("1", "40.01", 0, "0"));
        refused("meeting.pay.preparation.invalid", new BigDecimal("40"), () -> pay("1", "-1", 0, "0"));
        refused("meeting.pay.preparation.invalid", new BigDecimal("40"), () -> pay("1", "1.005", 0, "0"));
        refused("meeting.pay.preparation.invalid", new BigDecimal("40"), () -> pay("1", null, 0, "0"));
        refused("meeting.pay.perDiem.invalid", 16, () -> pay("1", "0", -1, "0"));
        refused("meeting.pay.perDiem.invalid", 16, () -> pay("1", "0", 17, "0"));
        refused("meeting.pay.travel.invalid", new BigDecimal("5000"), () -> pay("1", "0", 0, "5000.01"));
        refused("meeting.pay.travel.invalid", new BigDecimal("5000"), () -> pay("1", "0", 0, "-3"));
        refused("meeting.pay.travel.invalid", new BigDecimal("5000"), () -> pay("1", "0", 0, null));
    }
}
