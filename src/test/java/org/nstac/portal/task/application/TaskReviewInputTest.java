package org.nstac.portal.task.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nstac.portal.shared.Refusals.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.InputRules;

/**
 * Asking for changes to a member's work says which changes: a review without a comment is refused, an acceptance is
 * not; a comment is kept within its limit.
 */
class TaskReviewInputTest {

    @Test
    void askingForChangesNeedsACommentAndAcceptingDoesNot() {
        assertEquals(List.of("task.review.commentRequired", List.of()),
                refusal(new TaskReviews.WorkReview(false, " ")));
        assertEquals(List.of("task.review.commentRequired", List.of()),
                refusal(new TaskReviews.WorkReview(false, null)));
        assertNull(InputRules.check(new TaskReviews.WorkReview(true, "  ")).comment());
        assertEquals("Add the sources",
                InputRules.check(new TaskReviews.WorkReview(false, " Add the sources ")).comment());
    }

    @Test
    void aCommentIsKeptWithinItsLimitEitherWay() {
        for (boolean accept : new boolean[] {true, false}) {
            assertEquals(List.of("task.review.commentTooLong", List.of(TaskReviews.MAX_COMMENT)),
                    refusal(new TaskReviews.WorkReview(accept, "c".repeat(TaskReviews.MAX_COMMENT + 1))));
        }
    }
}
