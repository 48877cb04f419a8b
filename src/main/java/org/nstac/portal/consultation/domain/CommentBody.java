package org.nstac.portal.consultation.domain;

import java.text.Normalizer;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The text of a comment or reply, as the member wrote it: surrounding white space removed, Windows line ends
 * turned into plain ones (so the length a browser counts is the length stored), Unicode NFC.
 *
 * <p>Why a limit: a comment answers a section of a draft, and the ministry must answer every comment; a longer
 * contribution belongs in a task or the joint position. The length counts characters (code points) as the
 * database column does.
 *
 * <p>The text is the member's own words and may contain personal details despite the warning
 * ({@link #personalDetails()}), so {@link #toString()} never prints it: a comment logged by mistake shows only
 * its length.
 *
 * @param text the comment's text, normalised
 */
public record CommentBody(String text) {

    public static final String EMPTY = "consultation.comment.empty";
    public static final String TOO_LONG = "consultation.comment.tooLong";

    /** Characters, as the database column holds them. */
    public static final int MAX_LENGTH = 5000;

    /**
     * @throws DomainRuleViolation {@value #EMPTY} for a missing or blank text; {@value #TOO_LONG}, with
     *                             {@value #MAX_LENGTH} as argument, for a longer one
     */
    public CommentBody {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(EMPTY);
        }
        text = Normalizer.normalize(text.strip().replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new DomainRuleViolation(TOO_LONG, MAX_LENGTH);
        }
    }

    /** What the gentle pre-posting check finds; the member may post anyway. */
    public Set<PersonalDetail> personalDetails() {
        return PersonalDetailsCheck.findIn(text);
    }

    /** The length only: the text itself stays out of logs. */
    @Override
    public String toString() {
        return "CommentBody[" + text.codePointCount(0, text.length()) + " characters]";
    }
}
