package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class FunderAndStipendShareTest {

    @Test
    void nothingTypedIsTheCouncilsBudgetAndOthersNeedAName() {
        assertEquals(Funder.COUNCIL_BUDGET, Funder.parse(null, "ignored"));
        assertEquals(Funder.COUNCIL_BUDGET, Funder.parse("council_budget", "ignored"));
        assertEquals(new Funder(Funder.Kind.MINISTRY, "justice"), Funder.parse("MINISTRY", " justice "));
        assertEquals("DONOR Open Society Fund", Funder.parse("donor", "Open Society Fund").label());
        assertEquals("payment.funder.codeRequired", assertThrows(DomainRuleViolation.class,
                () -> Funder.parse("PARTNER", " ")).key());
        assertEquals("payment.funder.unknown", assertThrows(DomainRuleViolation.class,
                () -> Funder.parse("BANK", "x")).key());
        assertEquals("payment.funder.codeTooLong", assertThrows(DomainRuleViolation.class,
                () -> Funder.parse("DONOR", "x".repeat(121))).key());
    }

    @Test
    void aStipendIsPaidForTheDaysTakenPartRoundedOnceToCents() {
        StipendShare full = new StipendShare(YearMonth.of(2026, 11), 30, 30);
        assertEquals(new BigDecimal("30000.00"), full.of(new BigDecimal("30000")));
        StipendShare paused = new StipendShare(YearMonth.of(2026, 11), 17, 30);
        assertEquals(new BigDecimal("17000.00"), paused.of(new BigDecimal("30000")));
        assertEquals(new BigDecimal("0.5666666667"), paused.quantity());
        assertEquals(0, new BigDecimal("30000").multiply(paused.quantity()).setScale(2,
                java.math.RoundingMode.HALF_UP).compareTo(new BigDecimal("17000.00")),
                "the ledger's unit times the share comes to the same cents");
        StipendShare february = new StipendShare(YearMonth.of(2027, 2), 1, 28);
        assertEquals(new BigDecimal("1071.43"), february.of(new BigDecimal("30000")));
        assertThrows(IllegalArgumentException.class, () -> new StipendShare(YearMonth.of(2026, 11), 31, 30));
        assertThrows(IllegalArgumentException.class, () -> new StipendShare(YearMonth.of(2026, 11), 3, 31));
    }

    @Test
    void aStipendEndedMidMonthCoversTheMonthUpToThatDay() {
        LocalDate[] days = StipendShare.coveredDays(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 10));
        assertEquals(LocalDate.of(2026, 11, 1), days[0]);
        assertEquals(LocalDate.of(2026, 11, 10), days[1]);
        assertEquals(LocalDate.of(2026, 11, 30), StipendShare.coveredDays(YearMonth.of(2026, 11), null)[1]);
    }
}
