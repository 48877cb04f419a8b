package org.nstac.portal.care.domain;

import java.time.LocalDate;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What the secretariat proposes to use: a member's words or a photo (one of the two), for a named public output, on
 * a day that leaves the member time to decide.
 *
 * @param text      the words, at most {@value #MAX_TEXT} characters; null for a photo
 * @param hasPhoto  whether a photo is proposed instead
 * @param purpose   the public output, 3 to {@value #MAX_PURPOSE} characters
 * @param publishOn the day of publication, after today
 */
public record QuoteProposal(String text, boolean hasPhoto, String purpose, LocalDate publishOn) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_PURPOSE = 300;

    public static final String CONTENT_REQUIRED = "care.quote.content.required";
    public static final String CONTENT_BOTH = "care.quote.content.both";
    public static final String TEXT_TOO_LONG = "care.quote.text.tooLong";
    public static final String PURPOSE_INVALID = "care.quote.purpose.invalid";
    public static final String PUBLISH_REQUIRED = "care.quote.publishOn.required";
    public static final String PUBLISH_TOO_SOON = "care.quote.publishOn.tooSoon";

    /** @throws DomainRuleViolation with the first thing wrong */
    public static QuoteProposal of(String text, boolean hasPhoto, String purpose, LocalDate publishOn,
            LocalDate today) {
        String words = text == null || text.isBlank() ? null : text.strip();
        if (words == null && !hasPhoto) {
            throw new DomainRuleViolation(CONTENT_REQUIRED);
        }
        if (words != null && hasPhoto) {
            throw new DomainRuleViolation(CONTENT_BOTH);
        }
        if (words != null && words.length() > MAX_TEXT) {
            throw new DomainRuleViolation(TEXT_TOO_LONG, MAX_TEXT);
        }
        String p = purpose == null ? "" : purpose.strip();
        if (p.length() < 3 || p.length() > MAX_PURPOSE) {
            throw new DomainRuleViolation(PURPOSE_INVALID, 3, MAX_PURPOSE);
        }
        if (publishOn == null) {
            throw new DomainRuleViolation(PUBLISH_REQUIRED);
        }
        if (!publishOn.isAfter(today)) {
            throw new DomainRuleViolation(PUBLISH_TOO_SOON);
        }
        return new QuoteProposal(words, hasPhoto, p, publishOn);
    }
}
