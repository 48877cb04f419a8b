package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.task.domain.PayBasis.DAILY;
import static org.nstac.portal.task.domain.PayBasis.FIXED;
import static org.nstac.portal.task.domain.PayBasis.HOURLY;
import static org.nstac.portal.task.domain.TaskFixtures.terms;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class TaskPayTest {

    @Test
    void hourlyWorkIsPaidForEveryAcceptedHour() {
        TaskPay pay = pay(HOURLY, "2500", "6", "6");
        assertEquals(new BigDecimal("15000.00"), pay.amount());
        assertEquals("RSD", pay.currency());
        assertFalse(pay.overEstimate());
        assertEquals(new BigDecimal("0.00"), pay.extraHours());
        assertEquals(new BigDecimal("6250.00"), pay(HOURLY, "2500", "2.5", "6").amount(), "less work, less pay");
    }

    @Test
    void hourlyWorkBeyondTheEstimateIsStillPaidAndFlagged() {
        TaskPay pay = pay(HOURLY, "2500", "9.5", "6");
        assertEquals(new BigDecimal("23750.00"), pay.amount());
        assertTrue(pay.overEstimate());
        assertEquals(new BigDecimal("3.50"), pay.extraHours());
    }

    @Test
    void hourlyAmountsAreRoundedHalfUpToCents() {
        assertEquals(new BigDecimal("0.13"), pay(HOURLY, "0.25", "0.5", "1").amount(), "0.125 rounds up");
        assertEquals(new BigDecimal("20.74"), pay(HOURLY, "12.345", "1.68", "2").amount(), "20.7396");
        assertEquals(new BigDecimal("33.33"), pay(HOURLY, "33.33", "1", "1").amount());
    }

    @Test
    void dailyWorkIsPaidByTheStartedHalfDay() {
        assertEquals(new BigDecimal("0.0"), TaskPay.days(BigDecimal.ZERO));
        assertEquals(new BigDecimal("0.5"), TaskPay.days(new BigDecimal("0.25")));
        assertEquals(new BigDecimal("0.5"), TaskPay.days(new BigDecimal("4")));
        assertEquals(new BigDecimal("1.0"), TaskPay.days(new BigDecimal("4.01")));
        assertEquals(new BigDecimal("1.0"), TaskPay.days(new BigDecimal("8")));
        assertEquals(new BigDecimal("1.5"), TaskPay.days(new BigDecimal("9")));
        assertEquals(new BigDecimal("2.0"), TaskPay.days(new BigDecimal("16")));
        assertEquals(new BigDecimal("2.5"), TaskPay.days(new BigDecimal("16.5")));
        assertEquals(new BigDecimal("6000.00"), pay(DAILY, "12000", "1", "8").amount(), "an hour is half a day");
        assertEquals(new BigDecimal("18000.00"), pay(DAILY, "12000", "9", "8").amount());
        assertEquals(new BigDecimal("12000.00"), pay(DAILY, "12000", "8", "8").amount());
    }

    @Test
    void dailyWorkBeyondTheEstimateIsPaidAndFlagged() {
        TaskPay pay = pay(DAILY, "100", "17", "16");
        assertEquals(new BigDecimal("250.00"), pay.amount());
        assertTrue(pay.overEstimate());
        assertEquals(new BigDecimal("1.00"), pay.extraHours());
    }

    @Test
    void aFixedFeeIsTheFeeAndExtraHoursAreFlaggedNeverCut() {
        TaskPay asEstimated = pay(FIXED, "30000", "10", "10");
        assertEquals(new BigDecimal("30000.00"), asEstimated.amount());
        assertFalse(asEstimated.overEstimate());
        TaskPay quicker = pay(FIXED, "30000", "4", "10");
        assertEquals(new BigDecimal("30000.00"), quicker.amount(), "quick work is not paid less");
        TaskPay longer = pay(FIXED, "30000", "14.25", "10");
        assertEquals(new BigDecimal("30000.00"), longer.amount(), "never cut");
        assertTrue(longer.overEstimate());
        assertEquals(new BigDecimal("4.25"), longer.extraHours());
    }

    @Test
    void payComesStraightFromTheTasksTerms() {
        TaskTerms terms = terms().hours("6").basis(HOURLY).rate("40").currency("EUR").build();
        TaskPay pay = TaskPay.forTerms(terms, new BigDecimal("7"));
        assertEquals(new TaskPay(new BigDecimal("280.00"), "EUR", true, new BigDecimal("1.00")), pay);
    }

    @Test
    void impossibleInputsAreTheCallersError() {
        assertThrows(IllegalArgumentException.class, () -> pay(HOURLY, "0", "1", "1"));
        assertThrows(IllegalArgumentException.class, () -> pay(HOURLY, "-10", "1", "1"));
        assertThrows(IllegalArgumentException.class, () -> pay(HOURLY, "10", "-1", "1"));
        assertThrows(IllegalArgumentException.class, () -> pay(HOURLY, "10", "1", "0"));
        assertThrows(IllegalArgumentException.class, () -> TaskPay.days(new BigDecimal("-1")));
        assertEquals("task.currency.unknown", assertThrows(DomainRuleViolation.class,
                () -> TaskPay.amount(HOURLY, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, "USD")).key());
        assertThrows(IllegalArgumentException.class,
                () -> new TaskPay(new BigDecimal("1.005"), "EUR", false, BigDecimal.ZERO), "no fractions of a cent");
        assertThrows(IllegalArgumentException.class,
                () -> new TaskPay(BigDecimal.ONE, "EUR", true, BigDecimal.ZERO), "a flag needs extra hours");
        assertThrows(IllegalArgumentException.class,
                () -> new TaskPay(BigDecimal.ONE, "EUR", false, BigDecimal.ONE), "extra hours need the flag");
    }

    @Test
    void noHourOfWorkIsEverUnpaidOnAnHourlyOrDailyBasis() {
        for (int quarterHours = 1; quarterHours <= 400; quarterHours++) {
            BigDecimal hours = BigDecimal.valueOf(quarterHours).divide(BigDecimal.valueOf(4));
            BigDecimal perHour = new BigDecimal("100");
            BigDecimal hourly = pay(HOURLY, "100", hours.toPlainString(), "10").amount();
            assertEquals(0, hourly.compareTo(perHour.multiply(hours)), hours + " hours");
            BigDecimal daily = pay(DAILY, "800", hours.toPlainString(), "10").amount();
            assertTrue(daily.compareTo(perHour.multiply(hours)) >= 0, hours + " hours by the day: " + daily);
        }
    }

    private static TaskPay pay(PayBasis basis, String rate, String hours, String estimate) {
        return TaskPay.amount(basis, new BigDecimal(rate), new BigDecimal(hours), new BigDecimal(estimate), "RSD");
    }
}
