package org.nstac.portal.payment.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The currencies the council pays in, with their ISO 4217 minor unit.
 *
 * <p>Why an enum of two and not {@link java.util.Currency}: the council can pay out and compare only dinars and
 * euros, so any other code is refused where it is typed rather than discovered at the bank. The minor unit is kept
 * here, not read from the JDK, so that an amount's scale cannot change with a JDK update: the Serbian dinar has two
 * decimals in ISO 4217 even though para are no longer used in cash, and bank transfers carry them.
 */
public enum Currency {
    RSD(2),
    EUR(2);

    public static final String UNKNOWN = "payment.currency.unknown";

    private final int minorUnit;

    Currency(int minorUnit) {
        this.minorUnit = minorUnit;
    }

    /** The number of decimals an amount in this currency has. */
    public int minorUnit() {
        return minorUnit;
    }

    /**
     * The currency with this ISO code, exactly as written ({@code RSD}, {@code EUR}).
     *
     * @throws DomainRuleViolation {@value #UNKNOWN} for a missing, blank or other code
     */
    public static Currency ofCode(String code) {
        if (code != null) {
            for (Currency currency : values()) {
                if (currency.name().equals(code.strip())) {
                    return currency;
                }
            }
        }
        throw new DomainRuleViolation(UNKNOWN);
    }
}
