package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class CommentDepthTest {

    @Test
    void aCommentOnASectionCanBeRepliedToTwiceOver() {
        CommentDepth top = CommentDepth.TOP_LEVEL;
        assertEquals(1, top.value());
        CommentDepth reply = top.reply();
        assertEquals(2, reply.value());
        CommentDepth replyToReply = reply.reply();
        assertEquals(3, replyToReply.value());
        assertTrue(top.allowsReplies());
        assertTrue(reply.allowsReplies());
        assertFalse(replyToReply.allowsReplies());
    }

    @Test
    void thereIsNoFourthLevel() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> CommentDepth.TOP_LEVEL.reply().reply().reply());
        assertEquals("consultation.comment.tooDeep", refusal.key());
        assertEquals(List.of(3), refusal.args());
        assertEquals("consultation.comment.tooDeep",
                assertThrows(DomainRuleViolation.class, () -> new CommentDepth(4)).key());
    }

    @Test
    void aDepthStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new CommentDepth(0));
    }
}
