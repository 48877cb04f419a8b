package org.nstac.portal.member.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One entry of the content-note vocabulary: a stable code (what drafts, sections, learning and members' avoided
 * topics store) and its label in English and in Serbian (Latin).
 *
 * <p>Why the code never changes once written: members' profiles name the topics they would rather not meet by code,
 * and drafts fold sections by it. A label may be corrected; a code that moved would silently show a member a section
 * they asked to be spared. Labels must be unique in each language, since a member chooses by label.
 *
 * @param code    2 to 40 lower-case letters, digits and dashes
 * @param labelEn the English label, at most {@value #MAX_LABEL} characters
 * @param labelSr the Serbian (Latin) label, at most {@value #MAX_LABEL} characters
 */
public record ContentNote(String code, String labelEn, String labelSr) {

    public static final int MAX_LABEL = 200;
    public static final String CODE_INVALID = "contentNote.code.invalid";
    public static final String LABEL_REQUIRED = "contentNote.label.required";
    public static final String LABEL_TOO_LONG = "contentNote.label.tooLong";

    private static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    /**
     * @throws DomainRuleViolation {@value #CODE_INVALID} for a code that is not 2-40 lower-case letters, digits and
     *                             dashes; {@value #LABEL_REQUIRED} when either label is empty; {@value #LABEL_TOO_LONG}
     *                             for a label over {@value #MAX_LABEL} characters
     */
    public ContentNote {
        code = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (code.length() < 2 || !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation(CODE_INVALID);
        }
        labelEn = label(labelEn);
        labelSr = label(labelSr);
    }

    private static String label(String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new DomainRuleViolation(LABEL_REQUIRED);
        }
        if (clean.length() > MAX_LABEL) {
            throw new DomainRuleViolation(LABEL_TOO_LONG, MAX_LABEL);
        }
        return clean;
    }

    /** Whether another entry's label reads the same as one of this entry's, in the same language (case ignored). */
    public boolean clashesWith(ContentNote other) {
        return labelEn.equalsIgnoreCase(other.labelEn()) || labelSr.equalsIgnoreCase(other.labelSr());
    }
}
