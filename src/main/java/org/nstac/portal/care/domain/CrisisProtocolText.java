package org.nstac.portal.care.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The crisis protocol's text in English and Serbian (Latin), each plain text: paragraphs separated by a blank line,
 * no markup (pages escape every character, so a tag typed in shows as typed). Both languages are required: a member
 * reads it in the language they chose, and a protocol missing in one language would leave some without it.
 *
 * @param en the English text
 * @param sr the Serbian (Latin) text
 */
public record CrisisProtocolText(String en, String sr) {

    /** Characters (code points) each language's text may have. */
    public static final int MAX_LENGTH = 10_000;

    public static final String REQUIRED = "care.protocol.text.required";
    public static final String TOO_LONG = "care.protocol.text.tooLong";

    public CrisisProtocolText {
        en = clean(en);
        sr = clean(sr);
    }

    /** The text in a language ("sr..." for Serbian, English otherwise) as paragraphs, without empty ones. */
    public List<String> paragraphs(String language) {
        return paragraphsOf(language != null && language.startsWith("sr") ? sr : en);
    }

    /** A stored text as paragraphs: split at blank lines, each stripped, empty ones left out. */
    public static List<String> paragraphsOf(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(REQUIRED);
        }
        String t = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n').strip(), Normalizer.Form.NFC);
        if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
            throw new DomainRuleViolation(TOO_LONG, MAX_LENGTH);
        }
        return t;
    }
}
