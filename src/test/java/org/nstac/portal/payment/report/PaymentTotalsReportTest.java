package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.nstac.portal.payment.report.PaymentFixtures.APRIL;
import static org.nstac.portal.payment.report.PaymentFixtures.MARCH;
import static org.nstac.portal.payment.report.PaymentFixtures.eur;
import static org.nstac.portal.payment.report.PaymentFixtures.rsd;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.payment.report.PaymentTotalsReport.Row;

class PaymentTotalsReportTest {

    static PaymentTotalsReport report() {
        return new PaymentTotalsReport(MARCH, LocalDate.of(2026, 4, 30), List.of(
                new Row(APRIL, Activity.TASK_HOUR, "Zora", rsd("3000.00"), PayableState.APPROVED, true),
                new Row(MARCH, Activity.MEETING_DAY, "Ćira", rsd("1500.00"), PayableState.PAID),
                new Row(MARCH, Activity.MEETING_DAY, "Zora", rsd("1500.00"), PayableState.ACCRUED),
                new Row(MARCH, Activity.PER_DIEM, "Ana", eur("60.00"), PayableState.PAID),
                new Row(APRIL, Activity.PREPARATION_HOUR, "Dragan", rsd("800.00"), PayableState.REJECTED),
                new Row(APRIL, Activity.MEETING_DAY, "=Mila", rsd("1500.00"), PayableState.REVERSED)));
    }

    @Test
    void overallTotalsAreOnePerCurrency() {
        List<Totals> overall = report().overall();
        assertEquals(List.of(Currency.RSD, Currency.EUR), overall.stream().map(Totals::currency).toList());
        assertEquals(rsd("8300.00"), overall.get(0).accrued());
        assertEquals(rsd("2300.00"), overall.get(0).notPaid());
        assertEquals(rsd("3000.00"), overall.get(0).late());
        assertEquals(eur("60.00"), overall.get(1).paid());
    }

    @Test
    void monthsComeEarliestFirstAndActivitiesInRateCardOrder() {
        PaymentTotalsReport report = report();
        assertEquals(List.of(MARCH, APRIL), List.copyOf(report.byPeriod().keySet()));
        assertEquals(rsd("3000.00"), report.byPeriod().get(MARCH).get(0).accrued());
        assertEquals(eur("60.00"), report.byPeriod().get(MARCH).get(1).accrued());
        assertEquals(List.of(Activity.MEETING_DAY, Activity.PREPARATION_HOUR, Activity.TASK_HOUR, Activity.PER_DIEM),
                List.copyOf(report.byActivity().keySet()));
        assertEquals(rsd("4500.00"), report.byActivity().get(Activity.MEETING_DAY).get(0).accrued());
    }

    @Test
    void membersComeInAlphabeticalOrderWithSerbianLettersInTheirPlace() {
        PaymentTotalsReport report = report();
        assertEquals(List.of("=Mila", "Ana", "Ćira", "Dragan", "Zora"), List.copyOf(report.byMember().keySet()));
        Totals zora = report.byMember().get("Zora").get(0);
        assertEquals(rsd("4500.00"), zora.accrued());
        assertEquals(rsd("1500.00"), zora.pending());
        assertEquals(rsd("3000.00"), zora.approvedUnpaid());
        List<Row> rows = List.of("Zora", "Đorđe", "Edo", "Ćira", "Cvijeta", "Čeda", "Dragan", "Džana", "zora").stream()
                .map(name -> new Row(MARCH, Activity.MEETING_DAY, name, rsd("1"), PayableState.PAID)).toList();
        assertEquals(List.of("Cvijeta", "Čeda", "Ćira", "Dragan", "Džana", "Đorđe", "Edo", "zora", "Zora"),
                List.copyOf(new PaymentTotalsReport(MARCH, MARCH, rows).byMember().keySet()));
    }

    @Test
    void aRowWithoutALateFlagIsNotLate() {
        assertFalse(new Row(MARCH, Activity.MEETING_DAY, "Zora", rsd("1"), PayableState.APPROVED).late());
    }
}
