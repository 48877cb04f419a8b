package org.nstac.portal.care.domain;

import java.text.Normalizer;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The optional note on a support request. Short on purpose: it says how to reach the member or what would help, never
 * what happened to them; the form says that no story is needed.
 */
public final class SupportNote {

    /** Characters (code points) a note may have. */
    public static final int MAX_LENGTH = 300;

    public static final String TOO_LONG = "care.support.note.tooLong";

    private SupportNote() {
    }

    /**
     * The note as stored: stripped and NFC-normalised; {@code null} for none or blank.
     *
     * @throws DomainRuleViolation {@value #TOO_LONG}, with {@value #MAX_LENGTH}, when longer
     */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String note = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (note.codePointCount(0, note.length()) > MAX_LENGTH) {
            throw new DomainRuleViolation(TOO_LONG, MAX_LENGTH);
        }
        return note;
    }
}
