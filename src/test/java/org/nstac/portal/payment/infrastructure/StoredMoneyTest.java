package org.nstac.portal.payment.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.Rate;

/**
 * The ledger's amounts, and the rate card's two, are stored as {@link Money} through one embeddable, on the columns the
 * tables have always had ({@code amount}, and {@code currency} as its code): no migration, and the same rows read back
 * as the same money.
 */
class StoredMoneyTest {

    @Test
    void moneyComesBackAsItWentInWithItsCurrencysDecimals() {
        for (Money m : new Money[] {new Money(new BigDecimal("1500"), Currency.RSD),
                new Money(new BigDecimal("-37.5"), Currency.EUR), Money.zero(Currency.EUR)}) {
            assertEquals(m, new StoredMoney(m).toMoney());
        }
        assertEquals("1500.00", new StoredMoney(new Money(new BigDecimal("1500"), Currency.RSD)).toMoney().amount()
                .toPlainString());
    }

    @Test
    void aRateCardLineKeepsBothAmountsInItsOneCurrency() {
        for (Currency c : Currency.values()) {
            Rate rate = new Rate(Activity.TASK_HOUR, "RESEARCH", new Money(new BigDecimal("1800.5"), c),
                    new Money(new BigDecimal("1500"), c), LocalDate.of(2027, 1, 1));
            assertEquals(rate, new RateRecord(rate, "finance", Instant.EPOCH).toRate());
        }
        Rate general = new Rate(Activity.MEETING_DAY, null, new Money(new BigDecimal("6000"), Currency.RSD),
                new Money(new BigDecimal("6000"), Currency.RSD), LocalDate.of(2026, 1, 1));
        assertEquals(general, new RateRecord(general, "finance", Instant.EPOCH).toRate(), "no task kind stays none");
    }

    @Test
    void theColumnsAreTheOnesTheLedgerTablesHave() throws NoSuchFieldException {
        Column amount = StoredMoney.class.getDeclaredField("amount").getAnnotation(Column.class);
        Column currency = StoredMoney.class.getDeclaredField("currency").getAnnotation(Column.class);
        assertEquals("amount", amount.name());
        assertEquals("currency", currency.name());
        // the code, never the enum's position: rows written before hold "RSD" and "EUR"
        assertEquals(EnumType.STRING,
                StoredMoney.class.getDeclaredField("currency").getAnnotation(Enumerated.class).value());
        for (Class<?> entity : new Class<?>[] {PayableRecord.class, LedgerEntryRecord.class}) {
            assertNotNull(entity.getDeclaredField("money").getAnnotation(Embedded.class), entity.getSimpleName());
        }
    }
}
