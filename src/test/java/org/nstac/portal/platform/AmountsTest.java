package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");

    @Test
    void englishGroupsThousandsWithCommasAndAlwaysShowsTwoDecimals() {
        assertEquals("8,250.00", Amounts.format(new BigDecimal("8250"), Locale.ENGLISH));
        assertEquals("30,000.00", Amounts.format(new BigDecimal("30000.00"), Locale.ENGLISH));
        assertEquals("1,280.40", Amounts.format(new BigDecimal("1280.4"), Locale.ENGLISH));
    }

    @Test
    void serbianGroupsWithDotsAndUsesADecimalComma() {
        assertEquals("8.250,00", Amounts.format(new BigDecimal("8250"), SERBIAN));
        assertEquals("1.280,40", Amounts.format(new BigDecimal("1280.40"), SERBIAN));
    }

    @Test
    void theCurrencyFollowsTheAmountAndNothingIsShownAsNothing() {
        assertEquals("2,900.00 RSD", Amounts.of(new BigDecimal("2900.00"), "RSD", Locale.ENGLISH));
        assertEquals("45,50 EUR", Amounts.of(new BigDecimal("45.5"), "EUR", SERBIAN));
        assertEquals("12.00", Amounts.of(new BigDecimal("12"), null, Locale.ENGLISH), "no currency, no trailing space");
        assertEquals("", Amounts.of(null, "RSD", Locale.ENGLISH), "nothing to show is shown as nothing, never 'null'");
    }
}
