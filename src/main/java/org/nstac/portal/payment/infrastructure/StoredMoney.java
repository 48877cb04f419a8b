package org.nstac.portal.payment.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;

/**
 * {@link Money} as two columns, {@code amount} and {@code currency} (its ISO code), the columns the ledger's tables
 * have always had: an entity embeds it and hands out {@link Money} only, so no entity keeps an amount apart from its
 * currency and no code adds dinars to euros by reading two fields.
 *
 * <p>Why a class here and not {@code @Embeddable} on the {@code Money} record itself: EclipseLink 5 (JPA 3.2) can map
 * records as embeddables, but that would put persistence annotations, and the provider's construction of rows, into
 * the domain's value object; this small class keeps the domain free of them and converts at the entity's edge. Insert
 * only, like every ledger column.
 */
@Embeddable
public class StoredMoney {

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "currency", nullable = false, updatable = false)
    private Currency currency;

    protected StoredMoney() {
        // for JPA
    }

    /** The columns of {@code money}. */
    public StoredMoney(Money money) {
        this.amount = money.amount();
        this.currency = money.currency();
    }

    /** The amount as {@link Money}, with the currency's decimals. */
    public Money toMoney() {
        return new Money(amount, currency);
    }
}
