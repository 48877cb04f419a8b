package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.report.PaymentFixtures.APRIL;
import static org.nstac.portal.payment.report.PaymentFixtures.MARCH;
import static org.nstac.portal.payment.report.PaymentFixtures.eur;
import static org.nstac.portal.payment.report.PaymentFixtures.rsd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.PayableState;

class StatementTest {

    @Test
    void linesComeInOrderOfWorkDateWhateverOrderTheyAreGiven() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L),
                PaymentFixtures.statement().lines().stream().map(StatementLine::payableId).toList());
    }

    @Test
    void overallTotalsKeepDinarsAndEurosApart() {
        List<Totals> overall = PaymentFixtures.statement().overall();
        assertEquals(2, overall.size());
        Totals dinars = overall.get(0);
        assertEquals(rsd("11900.00"), dinars.accrued());
        assertEquals(rsd("2400.00"), dinars.pending());
        assertEquals(rsd("1500.00"), dinars.approvedUnpaid());
        assertEquals(rsd("4500.00"), dinars.paid());
        assertEquals(rsd("3500.00"), dinars.notPaid());
        assertEquals(rsd("1500.00"), dinars.late());
        Totals euros = overall.get(1);
        assertEquals(eur("60.00"), euros.accrued());
        assertEquals(eur("60.00"), euros.approvedUnpaid());
        assertEquals(eur("0"), euros.late());
    }

    @Test
    void totalsPerMonthComeEarliestFirstEachPerCurrency() {
        SortedMap<LocalDate, List<Totals>> byPeriod = PaymentFixtures.statement().byPeriod();
        assertEquals(List.of(MARCH, APRIL), List.copyOf(byPeriod.keySet()));
        List<Totals> march = byPeriod.get(MARCH);
        assertEquals(List.of(Currency.RSD, Currency.EUR), march.stream().map(Totals::currency).toList());
        assertEquals(rsd("5500.00"), march.get(0).accrued());
        assertEquals(rsd("4500.00"), march.get(0).paid());
        assertEquals(rsd("1000.00"), march.get(0).notPaid());
        assertEquals(eur("60.00"), march.get(1).approvedUnpaid());
        List<Totals> april = byPeriod.get(APRIL);
        assertEquals(1, april.size(), "no euros in April");
        assertEquals(rsd("6400.00"), april.get(0).accrued());
        assertEquals(rsd("1500.00"), april.get(0).late());
    }

    @Test
    void totalsPerActivityComeInTheOrderOfTheRateCard() {
        Map<Activity, List<Totals>> byActivity = PaymentFixtures.statement().byActivity();
        assertEquals(List.of(Activity.MEETING_DAY, Activity.PREPARATION_HOUR, Activity.TASK_HOUR, Activity.PER_DIEM,
                Activity.TRAVEL_PER_KM), List.copyOf(byActivity.keySet()));
        assertEquals(rsd("3000.00"), byActivity.get(Activity.MEETING_DAY).get(0).accrued());
        assertEquals(rsd("3000.00"), byActivity.get(Activity.TASK_HOUR).get(0).paid());
        assertEquals(rsd("2500.00"), byActivity.get(Activity.TASK_HOUR).get(0).notPaid());
        assertEquals(Currency.EUR, byActivity.get(Activity.PER_DIEM).get(0).currency());
    }

    @Test
    void everyGroupingAddsUpToTheOverallTotals() {
        Statement statement = PaymentFixtures.statement();
        assertEquals(statement.overall(), Totals.of(statement.lines()));
        for (Map<?, List<Totals>> grouping : List.of(statement.byPeriod(), statement.byActivity())) {
            for (Totals overall : statement.overall()) {
                Totals summed = Totals.zero(overall.currency());
                for (List<Totals> group : grouping.values()) {
                    for (Totals totals : group) {
                        if (totals.currency() == overall.currency()) {
                            summed = new Totals(summed.currency(), summed.accrued().plus(totals.accrued()),
                                    summed.pending().plus(totals.pending()),
                                    summed.approvedUnpaid().plus(totals.approvedUnpaid()),
                                    summed.paid().plus(totals.paid()), summed.notPaid().plus(totals.notPaid()),
                                    summed.late().plus(totals.late()));
                        }
                    }
                }
                assertEquals(overall, summed);
            }
        }
    }

    @Test
    void aStatementWithoutLinesHasNoTotals() {
        Statement empty = new Statement("Zora", MARCH, APRIL, List.of());
        assertTrue(empty.overall().isEmpty());
        assertTrue(empty.byPeriod().isEmpty());
        assertTrue(empty.byActivity().isEmpty());
    }

    @Test
    void aStatementNeedsAPseudonymAndASpanThatDoesNotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Statement(" ", MARCH, APRIL, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Statement("Zora", APRIL, MARCH, List.of()));
    }

    @Test
    void aLinesPeriodIsTheFirstDayOfItsMonth() {
        assertThrows(IllegalArgumentException.class, () -> new StatementLine(1, MARCH, MARCH.plusDays(4),
                Activity.MEETING_DAY, null, null, rsd("1500"), PayableState.ACCRUED, null, null, null, null, false));
    }
}
