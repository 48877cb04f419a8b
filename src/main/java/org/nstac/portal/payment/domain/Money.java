package org.nstac.portal.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * An amount in one of the council's currencies, kept with exactly the currency's decimals so that equal amounts are
 * equal records.
 *
 * <p>Why so strict about what it reads: an amount typed wrongly is paid wrongly, and members were underpaid before.
 * {@link #parse} therefore refuses anything it would have to guess about rather than guess: {@code 1,000.00} and
 * {@code 1.500} may be a thousand and a half or one and a half depending on who typed them, so a thousands
 * separator is refused, and a comma or point followed by exactly three digits after one to three leading digits is
 * refused as ambiguous too. Exponents, signs where no negative is allowed, fractions of a para or cent and absurd
 * sizes (an extra zero or six) are refused with a message that says which.
 *
 * <p>Decimals only, never {@code double}. Arithmetic is only between amounts of the same currency; mixing them is a
 * programming error, because nothing in the council's books converts one into the other.
 *
 * @param amount   the amount, with exactly {@link Currency#minorUnit()} decimals (fewer are padded with zeros)
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements java.io.Serializable {

    public static final String INVALID = "payment.money.invalid";
    public static final String NEGATIVE = "payment.money.negative";
    public static final String TOO_MANY_DECIMALS = "payment.money.tooManyDecimals";
    public static final String TOO_LARGE = "payment.money.tooLarge";

    /** A ceiling against typing errors: a billion dinars is far above any sum the council pays or holds. */
    public static final BigDecimal MAX = new BigDecimal("1000000000");

    private static final Pattern PLAIN = Pattern.compile("(-?)([0-9]+)(?:[.,]([0-9]+))?");
    private static final Pattern THOUSANDS_LIKE = Pattern.compile("[1-9][0-9]{0,2}");

    /**
     * @throws NullPointerException     without an amount or currency
     * @throws IllegalArgumentException for more decimals than the currency has (a computed amount must be rounded by
     *                                  its rule before it becomes money)
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(currency.minorUnit(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDecimals) {
            throw new IllegalArgumentException("An amount in " + currency + " has at most " + currency.minorUnit()
                    + " decimals", moreDecimals);
        }
    }

    /** Nothing, in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Reads an amount as a person types it: digits, optionally one decimal point or comma ({@code 1500},
     * {@code 1500.50}, {@code 1500,50}), and a leading minus only where {@code negativeAllowed}. Spaces around it
     * are ignored.
     *
     * @param text            the amount as typed
     * @param currencyCode    {@code RSD} or {@code EUR}
     * @param negativeAllowed whether a negative amount makes sense here (a correction), not for a claim or a rate
     * @throws DomainRuleViolation {@value Currency#UNKNOWN} for another currency; {@value #INVALID} for a blank,
     *                             malformed, exponent or thousands-separated amount; {@value #NEGATIVE} for a
     *                             negative amount where none is allowed; {@value #TOO_MANY_DECIMALS}, with the
     *                             currency's decimals as argument; {@value #TOO_LARGE}, with {@link #MAX} as
     *                             argument, for an amount beyond it either way
     */
    public static Money parse(String text, String currencyCode, boolean negativeAllowed) {
        Currency currency = Currency.ofCode(currencyCode);
        if (text == null) {
            throw new DomainRuleViolation(INVALID);
        }
        Matcher m = PLAIN.matcher(text.strip());
        if (!m.matches()) {
            throw new DomainRuleViolation(INVALID);
        }
        String whole = m.group(2);
        String fraction = m.group(3);
        if (fraction != null && fraction.length() == 3 && THOUSANDS_LIKE.matcher(whole).matches()) {
            throw new DomainRuleViolation(INVALID);
        }
        return of(new BigDecimal(m.group(1) + whole + (fraction == null ? "" : "." + fraction)), currency,
                negativeAllowed);
    }

    /**
     * An amount a person gave as a number (a field of a form or of a JSON body), checked as {@link #parse} checks
     * typed text once it is a number.
     *
     * @throws DomainRuleViolation {@value #INVALID} without an amount; {@value #NEGATIVE}, {@value #TOO_MANY_DECIMALS}
     *                             and {@value #TOO_LARGE} as {@link #parse}
     */
    public static Money of(BigDecimal amount, Currency currency, boolean negativeAllowed) {
        if (amount == null) {
            throw new DomainRuleViolation(INVALID);
        }
        if (amount.signum() < 0 && !negativeAllowed) {
            throw new DomainRuleViolation(NEGATIVE);
        }
        if (amount.stripTrailingZeros().scale() > currency.minorUnit()) {
            throw new DomainRuleViolation(TOO_MANY_DECIMALS, currency.minorUnit());
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new DomainRuleViolation(TOO_LARGE, MAX);
        }
        return new Money(amount.setScale(currency.minorUnit(), RoundingMode.UNNECESSARY), currency);
    }

    /** This plus {@code other}, in the same currency. */
    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    /** This minus {@code other}, in the same currency. */
    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** The same amount with the opposite sign: what a reversal books. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Compares amounts of the same currency: negative, zero or positive as this is less, equal or more. */
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (other.currency != currency) {
            throw new IllegalArgumentException("Amounts in " + currency + " and " + other.currency + " do not mix");
        }
        return other;
    }
}
