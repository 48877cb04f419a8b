package org.nstac.portal.consultation.domain;

/**
 * A kind of personal detail {@link PersonalDetailsCheck} can notice in a comment before it is posted. The page
 * names the kind, never the text it matched.
 */
public enum PersonalDetail {
    /** An e-mail address. */
    EMAIL,
    /** A phone number, Serbian or international. */
    PHONE,
    /** A personal identity number (JMBG) or a passport-like document number. */
    ID_NUMBER,
    /** What looks like a person's first and last name. */
    FULL_NAME,
    /** First-person words about what the author lived through. */
    PERSONAL_STORY
}
