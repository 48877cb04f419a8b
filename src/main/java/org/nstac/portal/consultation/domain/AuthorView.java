package org.nstac.portal.consultation.domain;

import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.member.domain.Pseudonym;

/**
 * Who sees a comment, and under which name: the author's {@link Attribution} choice, the secretariat's moderation
 * and the author's consent to being quoted, applied to each reader.
 *
 * <p>The rules, for a reader who is not the author:
 * <ul>
 *   <li>Another ministry and the administrator never see a comment (they do not see the consultation at all).</li>
 *   <li>{@code PSEUDONYM}: everyone else sees it under the pseudonym.</li>
 *   <li>{@code COUNCIL}: members, the chair and the secretariat see the pseudonym; the owning ministry and
 *       observers see "A council member".</li>
 *   <li>{@code INTERNAL}: only members, the chair and the secretariat see it, under the pseudonym.</li>
 *   <li>A comment the secretariat has hidden is seen only by the secretariat (which may take the hiding back);
 *       it leaves the ministry's view, the council's view and the report.</li>
 * </ul>
 * The author always sees their own comment under their own pseudonym, hidden or not.
 *
 * <p>The report is a document read by ministries, observers and the public record, so it follows stricter rules
 * ({@link #reportLabel()}): no internal or hidden comments, and a pseudonym only for a {@code PSEUDONYM} comment
 * whose author still consents to being quoted in reports. Withdrawing that consent turns every such comment into
 * "A council member" in every report produced from then on.
 *
 * <p>Why all in one place: a slip here puts a member's name where they did not want it. Everything the portal
 * shows of a comment's author (pages, API, exports, the report) goes through this record.
 *
 * @param attribution    the author's choice for this comment
 * @param author         the author's pseudonym ("Former member N" once erased)
 * @param hidden         whether the secretariat has hidden the comment
 * @param quotingConsent whether the author currently consents to being quoted in reports
 */
public record AuthorView(Attribution attribution, Pseudonym author, boolean hidden, boolean quotingConsent) {

    public AuthorView {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(author, "author");
    }

    /** Whether a reader who is not the author sees the comment at all. */
    public boolean isVisibleTo(Relation reader) {
        Objects.requireNonNull(reader, "reader");
        return switch (reader) {
            case OTHER_MINISTRY, ADMIN -> false;
            case SECRETARIAT -> true;
            case MEMBER, CHAIR -> !hidden;
            case OWNING_MINISTRY, OBSERVER -> !hidden && attribution != Attribution.INTERNAL;
        };
    }

    /** Whether the reader sees the comment, the author seeing their own comment always. */
    public boolean isVisibleTo(Relation reader, boolean readerIsAuthor) {
        return readerIsAuthor || isVisibleTo(reader);
    }

    /** The name a reader who is not the author sees on the comment; empty when they do not see the comment. */
    public Optional<AuthorLabel> labelFor(Relation reader) {
        if (!isVisibleTo(reader)) {
            return Optional.empty();
        }
        boolean neutral = attribution == Attribution.COUNCIL
                && (reader == Relation.OWNING_MINISTRY || reader == Relation.OBSERVER);
        return Optional.of(neutral ? AuthorLabel.COUNCIL_MEMBER : AuthorLabel.of(author));
    }

    /** As {@link #labelFor(Relation)}; the author always sees their own pseudonym. */
    public Optional<AuthorLabel> labelFor(Relation reader, boolean readerIsAuthor) {
        return readerIsAuthor ? Optional.of(AuthorLabel.of(author)) : labelFor(reader);
    }

    /**
     * Whether the owning ministry must answer this comment before the consultation can be {@code ANSWERED}: it
     * must answer exactly what it can see. Count these for {@link Phase#moveTo(Phase, int)}.
     */
    public boolean needsMinistryAnswer() {
        return isVisibleTo(Relation.OWNING_MINISTRY);
    }

    /** Whether the comment appears in the consultation report: neither internal nor hidden. */
    public boolean appearsInReport() {
        return !hidden && attribution != Attribution.INTERNAL;
    }

    /**
     * The name the report prints for the comment: the pseudonym only for a {@code PSEUDONYM} comment whose author
     * consents to being quoted, otherwise "A council member"; empty when the comment does not appear in the report.
     */
    public Optional<AuthorLabel> reportLabel() {
        if (!appearsInReport()) {
            return Optional.empty();
        }
        boolean named = attribution == Attribution.PSEUDONYM && quotingConsent;
        return Optional.of(named ? AuthorLabel.of(author) : AuthorLabel.COUNCIL_MEMBER);
    }
}
