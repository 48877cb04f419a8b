package org.nstac.portal.consultation.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/**
 * How deep a comment sits in its thread: a comment on a section is at depth 1, a reply to it at 2, a reply to
 * that at 3, and no deeper.
 *
 * <p>Why a limit: the ministry answers every comment, and readers (many on a phone) must be able to follow who
 * answers whom. Three levels keep a thread a conversation rather than a maze; a longer exchange continues at
 * the same depth or in a new comment.
 *
 * @param value 1 for a comment on a section, up to {@value #MAX}
 */
public record CommentDepth(int value) {

    public static final String TOO_DEEP = "consultation.comment.tooDeep";

    public static final int MAX = 3;

    /** A comment on a section of the draft. */
    public static final CommentDepth TOP_LEVEL = new CommentDepth(1);

    /** @throws DomainRuleViolation {@value #TOO_DEEP}, with {@value #MAX} as argument, beyond the limit */
    public CommentDepth {
        if (value < 1) {
            throw new IllegalArgumentException("A comment's depth starts at 1");
        }
        if (value > MAX) {
            throw new DomainRuleViolation(TOO_DEEP, MAX);
        }
    }

    /**
     * The depth of a reply to a comment at this depth.
     *
     * @throws DomainRuleViolation {@value #TOO_DEEP}, with {@value #MAX} as argument, when this comment is already
     *                             at the deepest level
     */
    public CommentDepth reply() {
        return new CommentDepth(value + 1);
    }

    /** Whether a comment at this depth can still be replied to, for a page to show the reply button. */
    public boolean allowsReplies() {
        return value < MAX;
    }
}
