package org.nstac.portal.vault.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed HMAC-SHA256 of a normalised value, stored next to a vault field so the portal can ask "is this e-mail or
 * IBAN already registered?" without keeping or decrypting the plaintext.
 * <p>
 * Keyed, because a plain hash of a phone number or name can be reversed by trying every candidate; without the index
 * key, a database dump reveals only which rows share a value. Values are normalised first so that spacing, case and
 * look-alike Unicode forms do not hide a duplicate. Each {@link Kind} is hashed in its own domain, so equal strings in
 * different columns (a name and an e-mail, say) do not produce equal indexes; store and look up with the same kind.
 * Obtain one from {@link MasterKeyring#blindIndex()}; thread-safe.
 */
public final class BlindIndex {

    /** What a value is, which decides how it is normalised and keeps each column's indexes apart. */
    public enum Kind {
        /** Any text: NFKC, trimmed, lower-cased, all whitespace and invisible format characters removed. */
        TEXT,
        /** A person's name, normalised like {@link #TEXT}. */
        NAME,
        /** An e-mail address, normalised like {@link #TEXT}; dots and plus tags are kept, providers differ on them. */
        EMAIL,
        /** A phone number: its digits, with a leading '+' kept because it changes which number it is. */
        PHONE,
        /** An IBAN: upper-case ASCII letters and digits only, as banks print it in groups with spaces. */
        IBAN;

        /** The value as the index sees it; {@code null} for {@code null}. Exposed so tests and forms can agree. */
        public String normalise(String value) {
            if (value == null) {
                return null;
            }
            String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
            return switch (this) {
                case TEXT, NAME, EMAIL -> INVISIBLE.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll("");
                case PHONE -> phone(nfkc);
                case IBAN -> NOT_IBAN.matcher(nfkc.toUpperCase(Locale.ROOT)).replaceAll("");
            };
        }

        private static String phone(String nfkc) {
            StringBuilder digits = new StringBuilder(nfkc.length());
            nfkc.codePoints()
                    .filter(Character::isDigit)
                    .forEach(cp -> digits.append((char) ('0' + Character.digit(cp, 10))));
            if (digits.isEmpty()) {
                return "";
            }
            return nfkc.startsWith("+") ? "+" + digits : digits.toString();
        }
    }

    /** Invisible characters (zero-width space, soft hyphen, direction marks) would let a duplicate through. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cf}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_IBAN = Pattern.compile("[^A-Z0-9]+");
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKey key;

    BlindIndex(byte[] indexKey) {
        if (indexKey.length != Gcm.KEY_BYTES) {
            throw new IllegalArgumentException("A blind-index key must be " + Gcm.KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(indexKey, ALGORITHM);
    }

    /** The index of {@code value} as {@link Kind#TEXT}. */
    public String of(String value) {
        return of(Kind.TEXT, value);
    }

    /**
     * The index of {@code value}: 64 lower-case hex characters, or {@code null} when the value is {@code null} or
     * normalises to nothing, so that empty optional fields are never reported as duplicates of each other.
     */
    public String of(Kind kind, String value) {
        Objects.requireNonNull(kind, "kind");
        String normalised = kind.normalise(value);
        if (normalised == null || normalised.isEmpty()) {
            return null;
        }
        byte[] input = ("nstac-bidx|" + kind.name().toLowerCase(Locale.ROOT) + "|" + normalised)
                .getBytes(StandardCharsets.UTF_8);
        try {
            // A Mac is not thread-safe, and creating one is cheap next to a database round trip.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new VaultCryptoException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "BlindIndex[HMAC-SHA256, key hidden]";
    }
}
