package org.nstac.portal.shared;

import java.util.Locale;
import java.util.Set;

/**
 * A written reason for opening something about a person (an identity, a bank file): a real sentence, not a token
 * word. At least 15 characters and three words, not one of the words people type to get past a box, at most 2,000
 * characters.
 */
public final class StatedReason {

    public static final int MIN_CHARACTERS = 15;
    public static final int MIN_WORDS = 3;
    public static final int MAX_CHARACTERS = 2000;
    private static final Set<String> TRIVIAL = Set.of("test", "testing", "because", "need it", "n/a", "na", "none",
            "x", "reason", "check", "asdf", "no reason", "just because");

    private StatedReason() {
    }

    /**
     * The reason, stripped.
     *
     * @throws DomainRuleViolation {@code requiredKey} for a missing or trivial reason, {@code tooLongKey} for a long one
     */
    public static String require(String reason, String requiredKey, String tooLongKey) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_CHARACTERS || why.split("\\s+").length < MIN_WORDS
                || TRIVIAL.contains(why.toLowerCase(Locale.ROOT))) {
            throw new DomainRuleViolation(requiredKey);
        }
        if (why.length() > MAX_CHARACTERS) {
            throw new DomainRuleViolation(tooLongKey);
        }
        return why;
    }
}
