package org.nstac.portal.consultation.domain;

import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.member.domain.Pseudonym;

/**
 * The author's name as one reader sees it on a comment: either the author's pseudonym or the neutral
 * {@link #COUNCIL_MEMBER} ("A council member"), which the page translates with {@value #COUNCIL_MEMBER_KEY}.
 *
 * <p>Why a type and not a string: the neutral label must never be built by accident from the pseudonym, and a page
 * must not be able to mistake "no name" for "nobody". Whether a reader sees the comment at all is a separate
 * question, answered by {@link AuthorView#isVisibleTo(Relation)}.
 */
public final class AuthorLabel {

    /** The message key of the neutral label. */
    public static final String COUNCIL_MEMBER_KEY = "consultation.comment.author.councilMember";

    /** "A council member": the comment is the council's, without saying whose. */
    public static final AuthorLabel COUNCIL_MEMBER = new AuthorLabel(null);

    private final Pseudonym pseudonym;

    private AuthorLabel(Pseudonym pseudonym) {
        this.pseudonym = pseudonym;
    }

    /** The author's pseudonym (which may be an erased member's "Former member N"). */
    public static AuthorLabel of(Pseudonym pseudonym) {
        return new AuthorLabel(Objects.requireNonNull(pseudonym, "pseudonym"));
    }

    /** Whether the reader sees the neutral "A council member". */
    public boolean isCouncilMember() {
        return pseudonym == null;
    }

    /** The pseudonym the reader sees; empty for the neutral label. */
    public Optional<Pseudonym> pseudonym() {
        return Optional.ofNullable(pseudonym);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthorLabel label && Objects.equals(label.pseudonym, pseudonym);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pseudonym);
    }

    @Override
    public String toString() {
        return pseudonym == null ? "A council member" : pseudonym.value();
    }
}
