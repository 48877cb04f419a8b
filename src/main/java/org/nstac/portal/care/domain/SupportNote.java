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
    public static final String CONTACT_DETAILS = "care.support.note.contactDetails";

    /**
     * Details that must stay in the identity vault: the support person reaches the member the way their profile says,
     * so a number or an address in the note would only be a copy of it outside the vault.
     */
    private static final java.util.Set<org.nstac.portal.consultation.domain.PersonalDetail> REFUSED = java.util.EnumSet.of(
            org.nstac.portal.consultation.domain.PersonalDetail.EMAIL,
            org.nstac.portal.consultation.domain.PersonalDetail.PHONE,
            org.nstac.portal.consultation.domain.PersonalDetail.ID_NUMBER);

    private SupportNote() {
    }

    /**
     * The note as stored: stripped and NFC-normalised; {@code null} for none or blank.
     *
     * @throws DomainRuleViolation {@value #TOO_LONG}, with {@value #MAX_LENGTH}, when longer; {@value
     *                             #CONTACT_DETAILS} for an e-mail address, a phone number or an identity number
     */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String note = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (note.codePointCount(0, note.length()) > MAX_LENGTH) {
            throw new DomainRuleViolation(TOO_LONG, MAX_LENGTH);
        }
        if (org.nstac.portal.consultation.domain.PersonalDetailsCheck.findIn(note).stream()
                .anyMatch(REFUSED::contains)) {
            throw new DomainRuleViolation(CONTACT_DETAILS);
        }
        return note;
    }
}
