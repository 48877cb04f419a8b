package org.nstac.portal.payment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.report.PaymentFixtures.eur;
import static org.nstac.portal.payment.report.PaymentFixtures.line;
import static org.nstac.portal.payment.report.PaymentFixtures.rsd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

class TotalsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @ParameterizedTest
    @EnumSource(PayableState.class)
    void everyAmountIsAccruedAndLandsInExactlyOneColumnForItsState(PayableState state) {
        Totals totals = Totals.add(Totals.zero(Currency.RSD), line(1, DAY, Activity.MEETING_DAY, rsd("1500"), state));
        assertEquals(rsd("1500"), totals.accrued());
        assertEquals(state == PayableState.ACCRUED ? rsd("1500") : rsd("0"), totals.pending());
        assertEquals(state == PayableState.APPROVED ? rsd("1500") : rsd("0"), totals.approvedUnpaid());
        assertEquals(state == PayableState.PAID ? rsd("1500") : rsd("0"), totals.paid());
        assertEquals(state.isFinal() ? rsd("1500") : rsd("0"), totals.notPaid());
        assertEquals(rsd("0"), totals.late(), "not late");
    }

    @ParameterizedTest
    @EnumSource(PayableState.class)
    void lateCountsOnlyWhileApprovedAndUnpaid(PayableState state) {
        StatementLine late = new StatementLine(1, DAY, DAY.withDayOfMonth(1), Activity.MEETING_DAY, null, null,
                rsd("1500"), state, null, null, null, null, true);
        Totals totals = Totals.add(Totals.zero(Currency.RSD), late);
        assertEquals(state == PayableState.APPROVED ? rsd("1500") : rsd("0"), totals.late());
    }

    @Test
    void accruedIsAlwaysPendingPlusApprovedUnpaidPlusPaidPlusNotPaid() {
        List<StatementLine> lines = new ArrayList<>();
        PayableState[] states = PayableState.values();
        for (int i = 0; i < 40; i++) {
            lines.add(new StatementLine(i, DAY, DAY.withDayOfMonth(1), Activity.TASK_HOUR, null, null,
                    rsd(String.valueOf(100 + 37 * i) + "." + (i % 100)), states[i % states.length], null, null,
                    null, null, i % 3 == 0));
        }
        Totals totals = Totals.zero(Currency.RSD);
        for (StatementLine line : lines) {
            totals = Totals.add(totals, line);
            assertEquals(totals.accrued(), totals.pending().plus(totals.approvedUnpaid()).plus(totals.paid())
                    .plus(totals.notPaid()), "after line " + line.payableId());
            assertTrue(totals.late().compareTo(totals.approvedUnpaid()) <= 0, "late is part of approved unpaid");
        }
        Money sum = lines.stream().map(StatementLine::amount).reduce(rsd("0"), Money::plus);
        assertEquals(sum, totals.accrued());
        assertEquals(List.of(totals), Totals.of(lines));
    }

    @Test
    void totalsThatDoNotAddUpCannotBeMade() {
        Money zero = rsd("0");
        assertThrows(IllegalArgumentException.class,
                () -> new Totals(Currency.RSD, rsd("100"), rsd("50"), zero, zero, zero, zero));
        assertThrows(IllegalArgumentException.class,
                () -> new Totals(Currency.RSD, rsd("100"), rsd("100"), zero, zero, zero, eur("0")));
    }

    @Test
    void anAmountInAnotherCurrencyIsNeverAddedIn() {
        assertThrows(IllegalArgumentException.class, () -> Totals.add(Totals.zero(Currency.RSD),
                line(1, DAY, Activity.PER_DIEM, eur("60"), PayableState.PAID)));
    }

    @Test
    void mixedCurrenciesGiveOneTotalEachDinarsFirst() {
        List<Totals> totals = Totals.of(List.of(
                line(1, DAY, Activity.PER_DIEM, eur("60"), PayableState.PAID),
                line(2, DAY, Activity.MEETING_DAY, rsd("1500"), PayableState.PAID),
                line(3, DAY, Activity.PER_DIEM, eur("40"), PayableState.ACCRUED)));
        assertEquals(List.of(Currency.RSD, Currency.EUR), totals.stream().map(Totals::currency).toList());
        assertEquals(rsd("1500"), totals.get(0).paid());
        assertEquals(eur("100"), totals.get(1).accrued());
        assertEquals(eur("60"), totals.get(1).paid());
        assertEquals(eur("40"), totals.get(1).pending());
        assertEquals(List.of(), Totals.of(List.of()));
    }
}
