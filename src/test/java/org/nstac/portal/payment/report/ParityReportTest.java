package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.payment.report.PaymentFixtures.eur;
import static org.nstac.portal.payment.report.PaymentFixtures.rsd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.report.ParityReport.Row;

class ParityReportTest {

    static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    static ParityReport report() {
        return new ParityReport(List.of(
                new Row(Activity.TASK_HOUR, "TRANSLATION", JANUARY, rsd("2000.00"), rsd("1500.00")),
                new Row(Activity.TASK_HOUR, null, JANUARY, rsd("1200.00"), rsd("1200.00")),
                new Row(Activity.PER_DIEM, null, JANUARY, eur("60.00"), eur("0.00")),
                new Row(Activity.MEETING_DAY, null, JANUARY, rsd("3000.00"), rsd("2500.00"))));
    }

    @Test
    void theMembersRateIsShownAsAPercentageOfTheExpertReference() {
        Row meeting = new Row(Activity.MEETING_DAY, null, JANUARY, rsd("3000.00"), rsd("2500.00"));
        assertEquals(0, new BigDecimal("120").compareTo(meeting.percentOfReference().orElseThrow()));
        assertEquals(rsd("500.00"), meeting.difference());
        Row translation = new Row(Activity.TASK_HOUR, "TRANSLATION", JANUARY, rsd("2000.00"), rsd("1500.00"));
        assertEquals(new BigDecimal("133.3"), translation.percentOfReference().orElseThrow());
        Row equal = new Row(Activity.TASK_HOUR, null, JANUARY, rsd("1200.00"), rsd("1200.00"));
        assertEquals(new BigDecimal("100.0"), equal.percentOfReference().orElseThrow());
        assertEquals(rsd("0"), equal.difference());
    }

    @Test
    void withoutAReferenceThereIsNoPercentage() {
        Row perDiem = new Row(Activity.PER_DIEM, null, JANUARY, eur("60.00"), eur("0.00"));
        assertEquals(Optional.empty(), perDiem.percentOfReference());
        assertEquals(eur("60.00"), perDiem.difference());
    }

    @Test
    void ratesComeInRateCardOrderGeneralTaskRateFirst() {
        assertEquals(List.of(Activity.MEETING_DAY, Activity.TASK_HOUR, Activity.TASK_HOUR, Activity.PER_DIEM),
                report().rows().stream().map(Row::activity).toList());
        assertEquals(null, report().rows().get(1).taskKind());
        assertEquals("TRANSLATION", report().rows().get(2).taskKind());
    }

    @Test
    void aRateAndItsReferenceAreInOneCurrency() {
        assertThrows(IllegalArgumentException.class,
                () -> new Row(Activity.PER_DIEM, null, JANUARY, eur("60.00"), rsd("6000.00")));
    }
}
