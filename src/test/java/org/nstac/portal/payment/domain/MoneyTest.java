package org.nstac.portal.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class MoneyTest {

    @Test
    void amountsAreReadWithAPointOrACommaAndKeptWithTheCurrencysDecimals() {
        assertEquals(new Money(new BigDecimal("1500.00"), Currency.RSD), Money.parse("1500", "RSD", false));
        assertEquals(new Money(new BigDecimal("1500.50"), Currency.RSD), Money.parse("1500.50", "RSD", false));
        assertEquals(new Money(new BigDecimal("1500.50"), Currency.EUR), Money.parse(" 1500,50 ", "EUR", false));
        assertEquals(new BigDecimal("1500.50"), Money.parse("1500.500", "RSD", false).amount(),
                "trailing zeros are not decimals");
        assertEquals(new BigDecimal("0.05"), Money.parse("0,05", "EUR", false).amount());
        assertEquals(2, Currency.RSD.minorUnit(), "the dinar has two decimals in ISO 4217");
        assertEquals(2, Currency.EUR.minorUnit());
    }

    @Test
    void negativeAmountsOnlyWhereACorrectionAllowsThem() {
        refused("-50", "RSD", false, Money.NEGATIVE);
        assertEquals(new BigDecimal("-50.00"), Money.parse("-50", "RSD", true).amount());
        assertEquals(BigDecimal.ZERO.setScale(2), Money.parse("-0", "RSD", false).amount(), "minus zero is zero");
    }

    @Test
    void anythingThatWouldHaveToBeGuessedIsRefused() {
        for (String text : List.of("", "   ", "1e3", "1E3", "1,000.00", "1.000,00", "1,000", "1.500", "999,999", "+50",
                "12 000", "1.5.0", ",50", "50.", "abc", "١٠٠", "10^15", "0x10", "NaN")) {
            refused(text, "RSD", true, Money.INVALID);
        }
        assertThrows(DomainRuleViolation.class, () -> Money.parse(null, "RSD", false));
    }

    @Test
    void finerThanAParaOrACentIsRefusedWithTheCurrencysDecimals() {
        DomainRuleViolation refusal = refused("0.005", "EUR", false, Money.TOO_MANY_DECIMALS);
        assertEquals(List.of(2), refusal.args());
        refused("1500,505", "RSD", false, Money.TOO_MANY_DECIMALS);
        refused("0,001", "RSD", false, Money.TOO_MANY_DECIMALS);
    }

    @Test
    void anAmountGivenAsANumberIsCheckedAsTypedTextIs() {
        assertEquals(new Money(new BigDecimal("35000.00"), Currency.RSD),
                Money.of(new BigDecimal("35000"), Currency.RSD, false));
        assertEquals(new BigDecimal("35000.50"), Money.of(new BigDecimal("35000.500"), Currency.RSD, false).amount(),
                "trailing zeros are not decimals");
        assertEquals(Money.TOO_MANY_DECIMALS, assertThrows(DomainRuleViolation.class,
                () -> Money.of(new BigDecimal("35000.555"), Currency.RSD, false)).key(), "never rounded");
        assertEquals(Money.NEGATIVE, assertThrows(DomainRuleViolation.class,
                () -> Money.of(new BigDecimal("-1"), Currency.EUR, false)).key());
        assertEquals(Money.TOO_LARGE, assertThrows(DomainRuleViolation.class,
                () -> Money.of(new BigDecimal("1E10"), Currency.EUR, false)).key());
        assertEquals(Money.INVALID, assertThrows(DomainRuleViolation.class,
                () -> Money.of(null, Currency.EUR, false)).key());
    }

    @Test
    void absurdSizesAreRefusedWithTheLimit() {
        assertEquals(new BigDecimal("1000000000.00"), Money.parse("1000000000", "RSD", false).amount());
        DomainRuleViolation refusal = refused("1000000000000000", "RSD", false, Money.TOO_LARGE);
        assertEquals(List.of(Money.MAX), refusal.args());
        refused("1000000000.01", "RSD", false, Money.TOO_LARGE);
        refused("-1000000000.01", "RSD", true, Money.TOO_LARGE);
    }

    @Test
    void onlyDinarsAndEurosArePaid() {
        for (String code : new String[] {"USD", "rsd", "", " ", null, "DIN"}) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                    () -> Money.parse("10", code, false), String.valueOf(code));
            assertEquals(Currency.UNKNOWN, refusal.key());
            assertEquals(List.of(), refusal.args());
        }
        assertEquals(Currency.EUR, Currency.ofCode("EUR"));
    }

    @Test
    void refusalsNeverCarryWhatWasTyped() {
        for (String text : List.of("-50", "0.005", "1000000000000000", "1e3")) {
            try {
                Money.parse(text, "RSD", false);
            } catch (DomainRuleViolation refusal) {
                assertFalse(refusal.getMessage().contains(text), refusal.getMessage());
                assertFalse(refusal.args().contains(text));
            }
        }
    }

    @Test
    void arithmeticStaysInOneCurrencyAndExact() {
        Money a = Money.parse("0.10", "EUR", false);
        Money b = Money.parse("0.20", "EUR", false);
        assertEquals(Money.parse("0.30", "EUR", false), a.plus(b), "no binary fractions");
        assertEquals(Money.parse("-0.10", "EUR", true), a.minus(b));
        assertEquals(Money.parse("-0.10", "EUR", true), a.negate());
        assertTrue(a.minus(a).isZero());
        assertFalse(a.isZero());
        assertTrue(a.negate().isNegative());
        assertEquals(Money.zero(Currency.EUR), a.plus(a.negate()));
        assertThrows(IllegalArgumentException.class, () -> a.plus(Money.parse("1", "RSD", false)));
        assertThrows(IllegalArgumentException.class, () -> a.compareTo(Money.parse("1", "RSD", false)));
        assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("1.005"), Currency.EUR));
    }

    private static DomainRuleViolation refused(String text, String currency, boolean negativeAllowed, String key) {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> Money.parse(text, currency, negativeAllowed), text);
        assertEquals(key, refusal.key(), text);
        return refusal;
    }
}
