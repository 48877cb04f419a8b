package org.nstac.portal.task.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.task.domain.PayBasis.APPEARANCE;
import static org.nstac.portal.task.domain.PayBasis.DAILY;
import static org.nstac.portal.task.domain.PayBasis.HOURLY;
import static org.nstac.portal.task.domain.TaskFixtures.terms;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TaskPayTest {

    @Test
    void hourlyWorkCountsEveryAcceptedHour() {
        TaskPay pay = pay(HOURLY, "6", "6");
        assertEquals(new BigDecimal("6.00"), pay.quantity());
        assertEquals(new BigDecimal("9000.00"), pay.amountAt(new BigDecimal("1500")));
        assertFalse(pay.overEstimate());
        assertEquals(new BigDecimal("0.00"), pay.extraHours());
        assertEquals(new BigDecimal("3750.00"), pay(HOURLY, "2.5", "6").amountAt(new BigDecimal("1500")),
                "less work, less pay");
    }

    @Test
    void hourlyWorkBeyondTheEstimateIsStillCountedAndFlagged() {
        TaskPay pay = pay(HOURLY, "9.5", "6");
        assertEquals(new BigDecimal("9.50"), pay.quantity());
        assertEquals(new BigDecimal("23750.00"), pay.amountAt(new BigDecimal("2500")));
        assertTrue(pay.overEstimate());
        assertEquals(new BigDecimal("3.50"), pay.extraHours());
    }

    @Test
    void amountsAreRoundedHalfUpToCentsOnceAtTheEnd() {
        assertEquals(new BigDecimal("0.13"), pay(HOURLY, "0.5", "1").amountAt(new BigDecimal("0.25")),
                "0.125 rounds up");
        assertEquals(new BigDecimal("20.74"), pay(HOURLY, "1.68", "2").amountAt(new BigDecimal("12.345")),
                "20.7396");
        assertEquals(new BigDecimal("33.33"), pay(HOURLY, "1", "1").amountAt(new BigDecimal("33.33")));
    }

    @Test
    void dailyWorkCountsHoursByTheStartedHalfDay() {
        assertEquals(new BigDecimal("0.0"), TaskPay.days(BigDecimal.ZERO));
        assertEquals(new BigDecimal("0.5"), TaskPay.days(new BigDecimal("0.25")));
        assertEquals(new BigDecimal("0.5"), TaskPay.days(new BigDecimal("4")));
        assertEquals(new BigDecimal("1.0"), TaskPay.days(new BigDecimal("4.01")));
        assertEquals(new BigDecimal("1.0"), TaskPay.days(new BigDecimal("8")));
        assertEquals(new BigDecimal("1.5"), TaskPay.days(new BigDecimal("9")));
        assertEquals(new BigDecimal("2.0"), TaskPay.days(new BigDecimal("16")));
        assertEquals(new BigDecimal("2.5"), TaskPay.days(new BigDecimal("16.5")));
        assertEquals(new BigDecimal("4.00"), pay(DAILY, "1", "8").quantity(), "an hour is half a day: four hours");
        assertEquals(new BigDecimal("12.00"), pay(DAILY, "9", "8").quantity(), "nine hours are a day and a half");
        assertEquals(new BigDecimal("8.00"), pay(DAILY, "8", "8").quantity());
        assertEquals(new BigDecimal("12000.00"), pay(DAILY, "8", "8").amountAt(new BigDecimal("1500")));
    }

    @Test
    void dailyWorkBeyondTheEstimateIsCountedAndFlagged() {
        TaskPay pay = pay(DAILY, "17", "16");
        assertEquals(new BigDecimal("20.00"), pay.quantity(), "two and a half days");
        assertTrue(pay.overEstimate());
        assertEquals(new BigDecimal("1.00"), pay.extraHours());
    }

    @Test
    void anAppearanceIsOneAppearanceAndExtraHoursAreFlaggedNeverCut() {
        TaskPay asEstimated = pay(APPEARANCE, "3", "3");
        assertEquals(new BigDecimal("1.00"), asEstimated.quantity());
        assertEquals(new BigDecimal("12000.00"), asEstimated.amountAt(new BigDecimal("12000")));
        assertFalse(asEstimated.overEstimate());
        assertEquals(new BigDecimal("1.00"), pay(APPEARANCE, "0.5", "3").quantity(), "a short talk is not paid less");
        TaskPay longer = pay(APPEARANCE, "5.25", "3");
        assertEquals(new BigDecimal("1.00"), longer.quantity(), "never cut");
        assertTrue(longer.overEstimate());
        assertEquals(new BigDecimal("2.25"), longer.extraHours());
    }

    @Test
    void theQuantityComesStraightFromTheTasksTerms() {
        TaskTerms terms = terms().hours("6").basis(HOURLY).build();
        assertEquals(new TaskPay(HOURLY, new BigDecimal("7.00"), true, new BigDecimal("1.00")),
                TaskPay.forTerms(terms, new BigDecimal("7")));
    }

    @Test
    void impossibleInputsAreTheCallersError() {
        assertThrows(IllegalArgumentException.class, () -> pay(HOURLY, "-1", "1"));
        assertThrows(IllegalArgumentException.class, () -> pay(HOURLY, "1", "0"));
        assertThrows(IllegalArgumentException.class, () -> TaskPay.days(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class,
                () -> new TaskPay(HOURLY, new BigDecimal("1.005"), false, BigDecimal.ZERO), "no fractions of a cent");
        assertThrows(IllegalArgumentException.class,
                () -> new TaskPay(HOURLY, BigDecimal.ONE, true, BigDecimal.ZERO), "a flag needs extra hours");
        assertThrows(IllegalArgumentException.class,
                () -> new TaskPay(HOURLY, BigDecimal.ONE, false, BigDecimal.ONE), "extra hours need the flag");
    }

    @Test
    void noHourOfWorkIsEverUnpaidOnAnHourlyOrDailyBasis() {
        BigDecimal perHour = new BigDecimal("100");
        for (int quarterHours = 1; quarterHours <= 400; quarterHours++) {
            BigDecimal hours = BigDecimal.valueOf(quarterHours).divide(BigDecimal.valueOf(4));
            BigDecimal hourly = pay(HOURLY, hours.toPlainString(), "10").amountAt(perHour);
            assertEquals(0, hourly.compareTo(perHour.multiply(hours)), hours + " hours");
            BigDecimal daily = pay(DAILY, hours.toPlainString(), "10").amountAt(perHour);
            assertTrue(daily.compareTo(perHour.multiply(hours)) >= 0, hours + " hours by the day: " + daily);
        }
    }

    private static TaskPay pay(PayBasis basis, String hours, String estimate) {
        return TaskPay.of(basis, new BigDecimal(hours), new BigDecimal(estimate));
    }
}
