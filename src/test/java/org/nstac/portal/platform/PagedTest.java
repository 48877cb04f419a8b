package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

    private static final List<Integer> FORTY_FIVE = IntStream.rangeClosed(1, 45).boxed().toList();

    @Test
    void aLongListIsCutIntoPagesOfTwenty() {
        Paged<Integer> second = Paged.of(FORTY_FIVE, "2");
        assertEquals(IntStream.rangeClosed(21, 40).boxed().toList(), second.items());
        assertEquals(3, second.pages());
        assertEquals(45, second.total());
        assertTrue(second.hasPrevious() && second.hasNext());
        Paged<Integer> last = Paged.of(FORTY_FIVE, "3");
        assertEquals(List.of(41, 42, 43, 44, 45), last.items());
        assertFalse(last.hasNext());
    }

    @Test
    void aMissingOrStrangePageNumberShowsTheNearestPageThatExists() {
        assertEquals(1, Paged.of(FORTY_FIVE, null).page());
        assertEquals(1, Paged.of(FORTY_FIVE, "two").page());
        assertEquals(1, Paged.of(FORTY_FIVE, "-3").page());
        assertEquals(1, Paged.of(FORTY_FIVE, "0").page());
        assertEquals(3, Paged.of(FORTY_FIVE, "99").page());
        assertEquals(3, Paged.of(FORTY_FIVE, "99999999999").page());
        assertFalse(Paged.of(FORTY_FIVE, "1").hasPrevious());
    }

    @Test
    void aListTheDatabasePagesIsAskedForOnlyTheRowsOfItsPage() {
        List<int[]> asked = new java.util.ArrayList<>();
        Paged<Integer> last = Paged.fetch(45, "7", (first, max) -> {
            asked.add(new int[] {first, max});
            return FORTY_FIVE.subList(first, Math.min(first + max, 45));
        });
        assertEquals(3, last.page());
        assertEquals(List.of(41, 42, 43, 44, 45), last.items());
        assertEquals(1, asked.size());
        assertEquals(40, asked.get(0)[0]);
        assertEquals(20, asked.get(0)[1]);
        assertTrue(Paged.fetch(0, "1", (first, max) -> { throw new AssertionError("nothing to read"); }).items().isEmpty());
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        Paged<Integer> none = Paged.of(List.of(), "4");
        assertEquals(1, none.page());
        assertEquals(1, none.pages());
        assertTrue(none.items().isEmpty());
        assertFalse(none.hasPrevious() || none.hasNext());
    }
}
