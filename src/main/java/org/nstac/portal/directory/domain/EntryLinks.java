package org.nstac.portal.directory.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The three things on an entry a visitor can click, and the only forms they may take: a web address ({@code http} or
 * {@code https} with a host), a telephone number ({@code tel:} with digits and a leading {@code +}), an e-mail
 * address ({@code mailto:} with a plain address).
 *
 * <p>Why so strict: the page is public, read by people in danger, and its links are clicked. A {@code javascript:}
 * or {@code data:} "website" would run code in the portal's page; a {@code file:} or {@code ftp:} one fetches
 * something else than a page; a user part ({@code https://help.example@elsewhere.example/}) disguises where a link
 * goes. So input is refused unless it is one of these forms ({@link EntryDetails}), and the page builds every
 * {@code href} again through these methods, so that nothing that slipped into the database another way becomes a
 * live link.
 */
public final class EntryLinks {

    /** Characters: longer than any organisation's address, short enough to show. */
    public static final int MAX_WEBSITE_LENGTH = 500;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_PHONE_LENGTH = 40;
    /** A number shorter than this is no number anyone can call. */
    static final int MIN_PHONE_DIGITS = 3;

    private EntryLinks() {
    }

    /** Whether {@code text} is a web address a visitor may be sent to. */
    public static boolean isWebAddress(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_WEBSITE_LENGTH || hasSpaceOrControl(text)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException notAUri) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && !uri.isOpaque() && uri.getHost() != null
                && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
    }

    /** The {@code href} for a website: the address itself when it is a web address, else none. */
    public static String websiteHref(String website) {
        return isWebAddress(website) ? website : null;
    }

    /**
     * Whether {@code text} reads as a telephone number: digits, spaces and the usual separators {@code + ( ) - / .},
     * a {@code +} only in front, and at least a few digits.
     */
    public static boolean isPhone(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_PHONE_LENGTH) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+') {
                if (i != 0) {
                    return false;
                }
            } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '/' && c != '.') {
                return false;
            }
        }
        return digits >= MIN_PHONE_DIGITS;
    }

    /** The {@code tel:} link for a number: its digits, with the leading {@code +}; none for anything else. */
    public static String phoneHref(String phone) {
        if (!isPhone(phone)) {
            return null;
        }
        StringBuilder href = new StringBuilder("tel:");
        for (char c : phone.toCharArray()) {
            if (c == '+' || (c >= '0' && c <= '9')) {
                href.append(c);
            }
        }
        return href.toString();
    }

    /**
     * Whether {@code text} is a plain e-mail address: one {@code @}; before it letters, digits and {@code . _ + -};
     * after it a domain of letters, digits and hyphens with at least one dot. Nothing that a {@code mailto:} link would
     * read as more than an address ({@code ?}, {@code &}, {@code %}, spaces).
     */
    public static boolean isEmail(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_EMAIL_LENGTH) {
            return false;
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '+' && c != '-') {
                return false;
            }
        }
        String domain = text.substring(at + 1);
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..") || !domain.contains(".")) {
            return false;
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The {@code mailto:} link for an address; none for anything else. */
    public static String emailHref(String email) {
        return isEmail(email) ? "mailto:" + email : null;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean hasSpaceOrControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }
}
