package org.nstac.portal.member.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The name a member is known by everywhere in the portal: on comments, task lists, meeting rosters and payment
 * statements. The legal name never leaves the identity vault; this is what everyone else sees.
 *
 * <p>Why a value object: the rules that keep a pseudonym safe live in one place. It is 2 to 40 characters of
 * letters in any script (Serbian Latin and Cyrillic included), digits, single spaces, hyphens, apostrophes and
 * dots, so it cannot carry markup or look like a different kind of text; and {@link #forMember(String, String)}
 * refuses a pseudonym that gives away part of the member's legal name.
 *
 * <p>The text is stored in Unicode NFC, so "č" typed as one character or as "c" plus a combining caron is the same
 * pseudonym. Violations carry {@code member.pseudonym.invalid}, {@code member.pseudonym.reserved} or
 * {@code member.pseudonym.containsLegalName}, never the text that was refused.
 */
public final class Pseudonym {

    public static final String INVALID = "member.pseudonym.invalid";
    public static final String RESERVED = "member.pseudonym.reserved";
    public static final String CONTAINS_LEGAL_NAME = "member.pseudonym.containsLegalName";

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;

    /** Letters (with their combining marks) and digits, separated by at most one space, hyphen, apostrophe or dot. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '\u2019.\\-]+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern TWO_SPACES = Pattern.compile(" {2}");

    /** Splits a legal name into its parts; also splits a pseudonym for compaction. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011'\u2019.,]+");

    private static final String FORMER_MEMBER_PREFIX = "Former member ";

    /**
     * The stored form of an erased member's name, and its Serbian rendering as a member might type it: nobody may
     * choose a pseudonym that impersonates an erased member.
     */
    private static final Pattern RESERVED_FORM =
            Pattern.compile("(former member|bivs[ia] clan(ica)?)\\s*[0-9]*");
    private static final Pattern STORED_FORMER_MEMBER = Pattern.compile("Former member ([1-9][0-9]*)");

    /**
     * Letters that do not decompose under NFD but must still compare equal to their plain spelling, and the
     * Serbian Cyrillic alphabet mapped to Serbian Latin, because Serbian is written in both: "Јелена" gives
     * away "Jelena" just as "Jelena" does.
     */
    private static final Map<Character, String> FOLD = Map.ofEntries(
            Map.entry('đ', "dj"), Map.entry('ł', "l"), Map.entry('ø', "o"), Map.entry('æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('ß', "ss"), Map.entry('ı', "i"),
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('ђ', "dj"), Map.entry('е', "e"), Map.entry('ж', "z"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('ј', "j"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "c"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "c"),
            Map.entry('џ', "dz"), Map.entry('ш', "s"));

    private final String value;

    private Pseudonym(String value) {
        this.value = value;
    }

    /**
     * A pseudonym as a member or the secretariat typed it, surrounding spaces removed.
     *
     * @throws DomainRuleViolation {@value #INVALID} when it is shorter than 2 or longer than 40 characters, has no
     *                             letter, has two spaces in a row or any character other than letters, digits,
     *                             space, hyphen, apostrophe and dot; {@value #RESERVED} when it takes the form
     *                             kept for erased members ("Former member 3")
     */
    public static Pseudonym of(String text) {
        if (text == null) {
            throw new DomainRuleViolation(INVALID);
        }
        String candidate = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH
                || !ALLOWED.matcher(candidate).matches()
                || !HAS_LETTER.matcher(candidate).matches()
                || TWO_SPACES.matcher(candidate).find()) {
            throw new DomainRuleViolation(INVALID);
        }
        if (RESERVED_FORM.matcher(normalise(candidate)).matches()) {
            throw new DomainRuleViolation(RESERVED);
        }
        return new Pseudonym(candidate);
    }

    /**
     * A new member's pseudonym, checked against their legal name (which is used for the check only and kept
     * nowhere here).
     *
     * @throws DomainRuleViolation as {@link #of(String)}, or {@value #CONTAINS_LEGAL_NAME} when the pseudonym
     *                             {@linkplain #revealsAnyPartOf(String) reveals part of the legal name}
     */
    public static Pseudonym forMember(String pseudonym, String legalName) {
        Pseudonym candidate = of(pseudonym);
        if (candidate.revealsAnyPartOf(legalName)) {
            throw new DomainRuleViolation(CONTAINS_LEGAL_NAME);
        }
        return candidate;
    }

    /**
     * The neutral name that replaces an erased member's pseudonym everywhere, "Former member N", so the council's
     * records (comments, payments) stay readable without pointing at anyone. This is the stored form; pages show
     * it translated, using {@link #formerMemberNumber()}.
     *
     * @param number N, from 1, unique among erased members
     */
    public static Pseudonym formerMember(long number) {
        if (number < 1) {
            throw new IllegalArgumentException("A former member's number starts at 1");
        }
        return new Pseudonym(FORMER_MEMBER_PREFIX + number);
    }

    /** N when this is the stored name of an erased member ("Former member N"), so the page can translate it. */
    public OptionalLong formerMemberNumber() {
        return formerMemberNumberOf(value);
    }

    /** As {@link #formerMemberNumber()}, for a name read from storage (which is not checked again as a new pseudonym). */
    public static OptionalLong formerMemberNumberOf(String stored) {
        Matcher m = STORED_FORMER_MEMBER.matcher(stored == null ? "" : stored);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * Whether this pseudonym gives away part of a legal name. Both are first normalised: NFD with combining marks
     * removed (č, ć to c; š to s; ž to z), đ to dj, Serbian Cyrillic to Serbian Latin, lower case. The legal name
     * is split into parts at spaces, hyphens, apostrophes, dots and commas. The pseudonym reveals the name when
     * <ul>
     *   <li>any part of 3 or more characters occurs anywhere inside the pseudonym with its spaces, hyphens,
     *       apostrophes and dots removed ("jelena22", "Petrovic", "PETROVIĆ rose" all reveal "Jelena Petrović");
     *       or</li>
     *   <li>the whole pseudonym, so compacted, equals any part of 2 or more characters ("Li" reveals "Li Na").</li>
     * </ul>
     * What it deliberately does not catch: nicknames and shortened forms ("Jela" for Jelena: "jelena" is not
     * inside "jela"), initials, and names spelled differently. Those the secretariat still looks out for when it
     * admits a member; this check is a floor, not a guarantee.
     *
     * @param legalName the member's legal name; read, never kept
     */
    public boolean revealsAnyPartOf(String legalName) {
        Objects.requireNonNull(legalName, "legalName");
        String compactPseudonym = NAME_SEPARATORS.matcher(normalise(value)).replaceAll("");
        for (String part : NAME_SEPARATORS.split(normalise(legalName))) {
            if (part.length() >= 3 && compactPseudonym.contains(part)) {
                return true;
            }
            if (part.length() >= 2 && compactPseudonym.equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** Folds a name to the form the comparison uses; see {@link #revealsAnyPartOf(String)}. */
    static String normalise(String text) {
        String bare = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(bare.length() + 4);
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            String replacement = FOLD.get(c);
            if (replacement != null) {
                folded.append(replacement);
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** The pseudonym as shown. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pseudonym pseudonym && pseudonym.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The pseudonym itself: it is the public name, safe to show and to log. */
    @Override
    public String toString() {
        return value;
    }
}
