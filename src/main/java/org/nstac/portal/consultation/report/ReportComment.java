package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment as the report shows it, with the ministry's answer once there is one.
 *
 * <p>Why the author is a ready-made label: whether a member is quoted under their pseudonym or as "a council
 * member" depends on their consent, which the caller checks. The report cannot name anyone the caller did not.
 *
 * @param sectionNumber the section commented on; {@code null} for a comment on the whole draft
 * @param authorLabel   the pseudonym, or the caller's translated "A council member"
 * @param body          the comment as written
 * @param postedAt      when the comment was posted
 * @param disposition   the ministry's answer; {@code null} while unanswered
 * @param reason        the ministry's reason; {@code null} while unanswered, and may be {@code null} for
 *                      {@link Disposition#NOTED}
 * @param answeredAt    when the ministry answered; {@code null} exactly when {@code disposition} is
 */
public record ReportComment(Integer sectionNumber, String authorLabel, String body, Instant postedAt,
        Disposition disposition, String reason, Instant answeredAt) {

    /**
     * @throws IllegalArgumentException when a disposition comes without its date (or the reverse), a reason comes
     *                                  without an answer, or the answer predates the comment
     */
    public ReportComment {
        Objects.requireNonNull(authorLabel, "authorLabel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(postedAt, "postedAt");
        if ((disposition == null) != (answeredAt == null)) {
            throw new IllegalArgumentException("An answer has both a disposition and a date");
        }
        if (disposition == null && reason != null) {
            throw new IllegalArgumentException("A reason belongs to an answer");
        }
        if (answeredAt != null && answeredAt.isBefore(postedAt)) {
            throw new IllegalArgumentException("An answer cannot predate its comment");
        }
    }

    /** A comment the ministry has not answered yet. */
    public static ReportComment unanswered(Integer sectionNumber, String authorLabel, String body,
            Instant postedAt) {
        return new ReportComment(sectionNumber, authorLabel, body, postedAt, null, null, null);
    }

    /** The same comment with the ministry's answer. */
    public ReportComment answered(Disposition disposition, String reason, Instant answeredAt) {
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(answeredAt, "answeredAt");
        return new ReportComment(sectionNumber, authorLabel, body, postedAt, disposition, reason, answeredAt);
    }

    public boolean isAnswered() {
        return disposition != null;
    }

    public boolean isOnWholeDraft() {
        return sectionNumber == null;
    }

    /** How long the ministry took to answer; empty while unanswered. */
    public Optional<Duration> timeToAnswer() {
        return isAnswered() ? Optional.of(Duration.between(postedAt, answeredAt)) : Optional.empty();
    }
}
