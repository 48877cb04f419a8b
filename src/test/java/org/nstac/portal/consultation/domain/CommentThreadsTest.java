package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentThreadsTest {

    /** A comment as the page has it: id, parent, section. */
    record C(long id, Long parent, String section) {
    }

    private static List<String> order(List<C> comments) {
        return CommentThreads.arrange(comments, C::id, C::parent).stream()
                .map(p -> p.comment().id() + "@" + p.level()).toList();
    }

    @Test
    void aReplyFollowsItsParentEvenWhenOtherCommentsCameBetween() {
        // 1 and 2 are comments; 3 replies to 1 after 2 was posted; 4 replies to 3; 5 replies to 1 again.
        List<C> byId = List.of(new C(1, null, "s1"), new C(2, null, "s1"), new C(3, 1L, "s1"), new C(4, 3L, "s1"),
                new C(5, 1L, "s1"));
        assertEquals(List.of("1@1", "3@2", "4@3", "5@2", "2@1"), order(byId));
    }

    @Test
    void repliesToOneCommentComeOldestFirstWhateverOrderTheyArriveIn() {
        List<C> shuffled = List.of(new C(10, null, "s"), new C(14, 10L, "s"), new C(12, 10L, "s"),
                new C(13, 12L, "s"));
        assertEquals(List.of("10@1", "12@2", "13@3", "14@2"), order(shuffled));
    }

    @Test
    void threadsKeepTheOrderTheyAreGiven() {
        List<C> sectionOrder = List.of(new C(7, null, "s1"), new C(3, null, "s2"), new C(9, 3L, "s2"));
        assertEquals(List.of("7@1", "3@1", "9@2"), order(sectionOrder));
    }

    @Test
    void aReplyWhoseParentTheReaderCannotSeeStandsOnItsOwn() {
        // 1 is Internal: the ministry does not receive it, only 2 (a reply to it) and 3 (a reply to 2).
        List<C> ministrySees = List.of(new C(2, 1L, "s1"), new C(3, 2L, "s1"));
        assertEquals(List.of("2@1", "3@2"), order(ministrySees));
    }

    @Test
    void noCommentIsLostOrRepeatedEvenInALoopOfParents() {
        List<C> loop = List.of(new C(1, 2L, "s"), new C(2, 1L, "s"), new C(3, 3L, "s"));
        List<String> placed = order(loop);
        assertEquals(3, placed.size());
        assertEquals(List.of("3@1", "1@1", "2@1"), placed);
        assertThrows(IllegalArgumentException.class, () -> order(List.of(new C(1, null, "s"), new C(1, null, "s"))));
    }

    @Test
    void commentsAreGroupedBySectionInTheOrderTheSectionsFirstAppear() {
        List<C> comments = List.of(new C(1, null, null), new C(2, null, "s1"), new C(5, 2L, "s1"),
                new C(3, null, "s2"), new C(4, null, "s1"));
        var groups = CommentThreads.bySection(CommentThreads.arrange(comments, C::id, C::parent), C::section);
        assertEquals(3, groups.size());
        assertEquals(null, groups.get(0).key(), "the whole draft has its own group");
        assertEquals("s1", groups.get(1).key());
        assertEquals(List.of(2L, 5L, 4L), groups.get(1).comments().stream().map(p -> p.comment().id()).toList());
        assertEquals(List.of(1, 2, 1), groups.get(1).comments().stream().map(CommentThreads.Placed::level).toList());
        assertEquals("s2", groups.get(2).key());
    }

    @Test
    void nothingToArrangeGivesNothing() {
        assertEquals(List.of(), order(List.of()));
        assertEquals(List.of(), CommentThreads.bySection(List.<CommentThreads.Placed<C>>of(), C::section));
    }
}
