package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class CommentBodyTest {

    @Test
    void aCommentIsKeptWithoutSurroundingWhiteSpaceAndWithPlainLineEnds() {
        assertEquals("First point.\nSecond point.", new CommentBody("  First point.\r\nSecond point.\n ").text());
    }

    @Test
    void aCommentIsStoredInOneUnicodeForm() {
        assertEquals(new CommentBody("\u010Clan 12"), new CommentBody("C\u030Clan 12"));
    }

    @Test
    void anEmptyCommentIsRefused() {
        for (String empty : new String[] {null, "", "   ", "\n\t \r\n"}) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> new CommentBody(empty));
            assertEquals("consultation.comment.empty", refusal.key());
            assertEquals(List.of(), refusal.args());
        }
    }

    @Test
    void aCommentMayHaveUpToTheLimitInCharactersNotBytes() {
        assertEquals(5000, CommentBody.MAX_LENGTH);
        new CommentBody("a".repeat(CommentBody.MAX_LENGTH));
        new CommentBody("\u017E".repeat(CommentBody.MAX_LENGTH));
        new CommentBody("\uD83C\uDF3B".repeat(CommentBody.MAX_LENGTH));
        new CommentBody("  " + "a".repeat(CommentBody.MAX_LENGTH) + "\n\n");
    }

    @Test
    void aLongerCommentIsRefusedNamingTheLimitNotTheText() {
        DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class,
                () -> new CommentBody("a".repeat(CommentBody.MAX_LENGTH + 1)));
        assertEquals("consultation.comment.tooLong", refusal.key());
        assertEquals(List.of(5000), refusal.args());
    }

    @Test
    void theTextNeverAppearsInLogs() {
        CommentBody body = new CommentBody("Call me on 064 123 4567");
        assertEquals("CommentBody[23 characters]", body.toString());
        assertFalse(body.toString().contains("064"));
    }

    @Test
    void theBodyOffersTheGentleCheck() {
        assertEquals(Set.of(PersonalDetail.PHONE), new CommentBody("Call me on 064 123 4567").personalDetails());
        assertEquals(Set.of(), new CommentBody("Article 12 should require interpretation.").personalDetails());
    }
}
