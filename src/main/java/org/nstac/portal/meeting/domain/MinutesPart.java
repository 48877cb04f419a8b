package org.nstac.portal.meeting.domain;

import java.text.Normalizer;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One part of a meeting's minutes (an agenda item, a decision), optionally marked for the ministry a hearing was
 * held with.
 *
 * <p>Why parts and a mark: at a hearing the council speaks to a ministry, and part of what was said is meant for
 * it; the rest (how the council prepared, what members said among themselves) is not. The secretariat marks what
 * the ministry may read ({@link MinutesVisibility}); nothing else reaches it. Only a hearing has a ministry to share
 * with, so the mark is refused on any other kind of meeting.
 *
 * @param text        the part's text; surrounding white space removed, Windows line ends made plain, Unicode NFC
 * @param forMinistry whether the ministry the hearing was held with may read this part
 */
public record MinutesPart(String text, boolean forMinistry) {

    public static final String TEXT_REQUIRED = "meeting.minutes.part.required";
    public static final String TEXT_TOO_LONG = "meeting.minutes.part.tooLong";
    public static final String FOR_MINISTRY_HEARING_ONLY = "meeting.minutes.forMinistry.hearingOnly";

    /** Characters (code points) in one part: several pages. */
    public static final int MAX_LENGTH = 20_000;

    /**
     * @throws DomainRuleViolation {@value #TEXT_REQUIRED} for a blank part; {@value #TEXT_TOO_LONG}, with {@value
     *                             #MAX_LENGTH} as argument, for a longer one
     */
    public MinutesPart {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(TEXT_REQUIRED);
        }
        text = Normalizer.normalize(text.strip().replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new DomainRuleViolation(TEXT_TOO_LONG, MAX_LENGTH);
        }
    }

    /**
     * Checks the mark against the kind of meeting, and returns this.
     *
     * @throws DomainRuleViolation {@value #FOR_MINISTRY_HEARING_ONLY} for a part marked for the ministry on a meeting
     *                             that is not a hearing
     */
    public MinutesPart checkedFor(MeetingKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (forMinistry && kind != MeetingKind.HEARING) {
            throw new DomainRuleViolation(FOR_MINISTRY_HEARING_ONLY);
        }
        return this;
    }

    /** Only the length, so that a log line never carries what was said. */
    @Override
    public String toString() {
        return "MinutesPart[" + text.codePointCount(0, text.length()) + " characters, forMinistry=" + forMinistry + "]";
    }
}
