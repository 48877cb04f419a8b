package org.nstac.portal.member.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The international bank account number a member's stipends and honoraria are paid into.
 *
 * <p>Why a value object: a bank account identifies a person as surely as a name does, so it is checked once here
 * (country length and ISO 7064 mod-97 checksum, catching most typing errors before a payment bounces) and it can
 * never leak by accident: {@link #toString()} masks it, and a refusal names the rule
 * ({@code member.iban.invalid}), never the number. Only the identity vault stores {@link #value()}.
 */
public final class Iban {

    /** Message key for any IBAN that fails: unknown country, wrong length, stray characters or bad checksum. */
    public static final String INVALID = "member.iban.invalid";

    /**
     * IBAN length by country: every SEPA country, the Western Balkans (RS, BA, ME, MK, AL, XK) and Moldova, plus
     * Ukraine and Türkiye, where members may also hold accounts. Source: SWIFT IBAN registry.
     */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            // EU
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IT", 27),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            // EEA and other SEPA members
            Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("NO", 15), Map.entry("CH", 21),
            Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("MC", 27), Map.entry("SM", 27),
            Map.entry("VA", 22), Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("MD", 24),
            Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("RS", 22),
            // neighbours outside SEPA
            Map.entry("BA", 20), Map.entry("XK", 20), Map.entry("UA", 29), Map.entry("TR", 26));

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F\\-\\u2010\\u2011]");
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]+");

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /**
     * Reads an IBAN as people type it: spaces and hyphens anywhere, any letter case.
     *
     * @throws DomainRuleViolation {@value #INVALID} when it is empty, has characters other than letters and
     *                             digits, names a country not in the table, has that country's wrong length, or
     *                             fails the mod-97 checksum
     */
    public static Iban parse(String text) {
        if (text == null) {
            throw new DomainRuleViolation(INVALID);
        }
        String compact = SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(compact).matches()) {
            throw new DomainRuleViolation(INVALID);
        }
        Integer length = LENGTHS.get(compact.substring(0, 2));
        if (length == null || length != compact.length() || mod97(compact) != 1) {
            throw new DomainRuleViolation(INVALID);
        }
        return new Iban(compact);
    }

    /** ISO 7064 mod 97-10 over the rearranged IBAN, digit by digit, so no big integers are needed. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder;
    }

    /** The compact form (no spaces, upper case): what the vault encrypts and what a payment file carries. */
    public String value() {
        return value;
    }

    /** The two-letter country code. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /** The full number in groups of four, for the member's own screen and the finance officer's payment run. */
    public String formatted() {
        return group(value);
    }

    /**
     * Country, check digits and the last two characters only, e.g. {@code RS35 **** **** **** **** 79}: enough for a
     * member or the finance officer to recognise the account, not enough to use or trace it.
     */
    public String masked() {
        StringBuilder hidden = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            hidden.append(i < 4 || i >= value.length() - 2 ? value.charAt(i) : '*');
        }
        return group(hidden.toString());
    }

    private static String group(String text) {
        StringBuilder grouped = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(text.charAt(i));
        }
        return grouped.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && iban.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, so that an IBAN logged or concatenated by mistake does not leak. */
    @Override
    public String toString() {
        return masked();
    }
}
