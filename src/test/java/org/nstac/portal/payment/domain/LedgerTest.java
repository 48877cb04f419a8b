package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nstac.portal.payment.domain.PayableState.ACCRUED;
import static org.nstac.portal.payment.domain.PayableState.APPROVED;
import static org.nstac.portal.payment.domain.PayableState.PAID;
import static org.nstac.portal.payment.domain.PayableState.REJECTED;
import static org.nstac.portal.payment.domain.PayableState.REVERSED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.domain.Ledger.Entry;
import org.nstac.portal.payment.domain.Ledger.Problem;
import org.nstac.portal.payment.domain.Ledger.Violation;

class LedgerTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

    @Test
    void aLedgerThatAddsUpHasNoViolations() {
        List<Entry> entries = List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "3000", ACCRUED, null),
                entry(3, "M-1", MARCH, "1500", ACCRUED, null),
                entry(4, "M-1", MARCH, "8000", APPROVED, null),
                entry(5, "M-1", MARCH, "3000", REJECTED, null),
                entry(6, "M-1", MARCH, "8000", PAID, null),
                entry(7, "M-1", MARCH, "-8000", REVERSED, 6L),
                entry(8, "M-1", MARCH, "8000", PAID, null),
                entry(9, "M-2", MARCH, "20", ACCRUED, null, "EUR"),
                entry(10, "M-1", APRIL, "2500", ACCRUED, null),
                entry(11, "M-1", APRIL, "2500", APPROVED, null),
                entry(12, "M-1", APRIL, "-2500", REVERSED, 11L));
        assertEquals(List.of(), Ledger.check(entries), "1500 still pending, a returned payment paid again");
        assertEquals(List.of(), Ledger.check(List.of()));
    }

    @Test
    void decidingMoreThanWasAccruedIsReported() {
        assertEquals(List.of(sums(Problem.DECIDED_MORE_THAN_ACCRUED, "M-1", MARCH)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "8000", APPROVED, null),
                entry(3, "M-1", MARCH, "0.01", REJECTED, null))));
        assertEquals(List.of(sums(Problem.DECIDED_MORE_THAN_ACCRUED, "M-1", APRIL)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", APRIL, "8000", APPROVED, null))), "approved in a period with nothing accrued");
    }

    @Test
    void payingMoreThanWasApprovedIsReported() {
        assertEquals(List.of(sums(Problem.PAID_MORE_THAN_APPROVED, "M-1", MARCH)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "8000", APPROVED, null),
                entry(3, "M-1", MARCH, "8000", PAID, null),
                entry(4, "M-1", MARCH, "8000", PAID, null))), "paid twice");
        assertEquals(List.of(sums(Problem.PAID_MORE_THAN_APPROVED, "M-1", MARCH)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "8000", APPROVED, null),
                entry(3, "M-1", MARCH, "8000", PAID, null),
                entry(4, "M-1", MARCH, "-8000", REVERSED, 2L))), "approval withdrawn after payment");
    }

    @Test
    void aReversalMustNegateExactlyTheApprovalOrPaymentItNames() {
        List<Entry> base = List.of(entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "8000", APPROVED, null));
        for (Entry broken : List.of(
                entry(9, "M-1", MARCH, "-7999.99", REVERSED, 2L),
                entry(9, "M-1", MARCH, "8000", REVERSED, 2L),
                entry(9, "M-1", MARCH, "-8000", REVERSED, 42L),
                entry(9, "M-1", MARCH, "-8000", REVERSED, null),
                entry(9, "M-1", MARCH, "-8000", REVERSED, 1L),
                entry(9, "M-2", MARCH, "-8000", REVERSED, 2L),
                entry(9, "M-1", APRIL, "-8000", REVERSED, 2L),
                entry(9, "M-1", MARCH, "8000", APPROVED, 2L))) {
            List<Violation> violations = Ledger.check(concat(base, broken));
            assertEquals(new Violation(Problem.REVERSAL_NOT_EXACT, broken.memberRef(), broken.period(), 9L),
                    violations.get(0), broken.toString());
        }
        assertEquals(List.of(new Violation(Problem.REVERSAL_NOT_EXACT, "M-1", MARCH, 4L)), Ledger.check(concat(base,
                entry(3, "M-1", MARCH, "-8000", REVERSED, 2L), entry(4, "M-1", MARCH, "8000", REVERSED, 3L))),
                "a reversal is not reversed");
    }

    @Test
    void anEntryIsReversedOnlyOnce() {
        assertEquals(List.of(new Violation(Problem.REVERSED_TWICE, "M-1", MARCH, 4L)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "8000", APPROVED, null),
                entry(3, "M-1", MARCH, "-8000", REVERSED, 2L),
                entry(4, "M-1", MARCH, "-8000", REVERSED, 2L))));
    }

    @Test
    void aMembersPeriodIsInOneCurrencyAndEntriesAreMoreThanZero() {
        assertEquals(List.of(sums(Problem.MIXED_CURRENCIES, "M-1", MARCH)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null),
                entry(2, "M-1", MARCH, "8000", APPROVED, null, "EUR"))));
        assertEquals(List.of(new Violation(Problem.REVERSAL_NOT_EXACT, "M-1", MARCH, 3L),
                sums(Problem.MIXED_CURRENCIES, "M-1", MARCH)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "80", ACCRUED, null, "EUR"),
                entry(2, "M-1", MARCH, "80", APPROVED, null, "EUR"),
                entry(3, "M-1", MARCH, "-80", REVERSED, 2L))), "a reversal in dinars of euros");
        assertEquals(List.of(new Violation(Problem.NOT_POSITIVE, "M-1", MARCH, 1L),
                new Violation(Problem.NOT_POSITIVE, "M-1", MARCH, 2L)), Ledger.check(List.of(
                entry(1, "M-1", MARCH, "-100", ACCRUED, null),
                entry(2, "M-1", MARCH, "0", ACCRUED, null))));
    }

    @Test
    void entryIdsAreUnique() {
        assertThrows(IllegalArgumentException.class, () -> Ledger.check(List.of(
                entry(1, "M-1", MARCH, "8000", ACCRUED, null), entry(1, "M-1", MARCH, "8000", APPROVED, null))));
    }

    private static Violation sums(Problem problem, String member, LocalDate period) {
        return new Violation(problem, member, period, null);
    }

    private static List<Entry> concat(List<Entry> base, Entry... more) {
        return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(more)).toList();
    }

    private static Entry entry(long id, String member, LocalDate period, String amount, PayableState state,
            Long reverses) {
        return entry(id, member, period, amount, state, reverses, "RSD");
    }

    private static Entry entry(long id, String member, LocalDate period, String amount, PayableState state,
            Long reverses, String currency) {
        return new Entry(id, member, period, Money.parse(amount, currency, true), state, reverses);
    }
}
