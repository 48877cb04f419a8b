package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nstac.portal.meeting.domain.MinutesVisibility.Viewer;

/**
 * Who reads which part of the minutes, written out in full: every viewer, every kind of meeting, both kinds of
 * part, every state. A change to the rules must change these tables too, on purpose.
 */
class MinutesVisibilityTest {

    /** Published minutes. Columns: PLENARY, WORKING_GROUP, HEARING, TRAINING, PUBLIC_EVENT; x = may read. */
    private static final String PUBLISHED = """
            SECRETARIAT       council   x  x  x  x  x
            SECRETARIAT       ministry  x  x  x  x  x
            ATTENDEE          council   x  x  x  x  x
            ATTENDEE          ministry  x  x  x  x  x
            COUNCIL_MEMBER    council   x  x  x  x  x
            COUNCIL_MEMBER    ministry  x  x  x  x  x
            MEETING_MINISTRY  council   .  .  .  .  .
            MEETING_MINISTRY  ministry  .  .  x  .  .
            OTHER_MINISTRY    council   .  .  .  .  .
            OTHER_MINISTRY    ministry  .  .  .  .  .
            OBSERVER          council   .  .  .  .  .
            OBSERVER          ministry  .  .  .  .  .
            ADMIN             council   .  .  .  .  .
            ADMIN             ministry  .  .  .  .  .
            """;

    /** Who reads in each state, where the table above allows it. Columns: DRAFT, SHARED, PUBLISHED. */
    private static final String STATES = """
            SECRETARIAT       x  x  x
            ATTENDEE          .  x  x
            COUNCIL_MEMBER    .  .  x
            MEETING_MINISTRY  .  .  x
            OTHER_MINISTRY    .  .  x
            OBSERVER          .  .  x
            ADMIN             .  .  x
            """;

    private record Cell(Viewer viewer, boolean ministryPart, MeetingKind kind) {
    }

    private static Map<Cell, Boolean> published() {
        Map<Cell, Boolean> cells = new HashMap<>();
        for (String line : rows(PUBLISHED)) {
            String[] columns = line.split("\\s+");
            assertEquals(2 + MeetingKind.values().length, columns.length, line);
            Viewer viewer = Viewer.valueOf(columns[0]);
            assertTrue(columns[1].equals("council") || columns[1].equals("ministry"), line);
            boolean ministryPart = columns[1].equals("ministry");
            for (MeetingKind kind : MeetingKind.values()) {
                String mark = columns[2 + kind.ordinal()];
                assertTrue(mark.equals("x") || mark.equals("."), line);
                assertEquals(null, cells.put(new Cell(viewer, ministryPart, kind), mark.equals("x")), line);
            }
        }
        return cells;
    }

    private static Map<Viewer, List<Boolean>> states() {
        Map<Viewer, List<Boolean>> byViewer = new HashMap<>();
        for (String line : rows(STATES)) {
            String[] columns = line.split("\\s+");
            assertEquals(1 + MinutesState.values().length, columns.length, line);
            List<Boolean> marks = new ArrayList<>();
            for (int i = 1; i < columns.length; i++) {
                marks.add(columns[i].equals("x"));
            }
            assertEquals(null, byViewer.put(Viewer.valueOf(columns[0]), marks), line);
        }
        return byViewer;
    }

    private static List<String> rows(String table) {
        return table.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theTablesCoverEveryViewerKindPartAndState() {
        assertEquals(Viewer.values().length * 2 * MeetingKind.values().length, published().size());
        assertEquals(Viewer.values().length, states().size());
    }

    @Test
    void everyCellOfThePublishedTableHolds() {
        List<String> wrong = new ArrayList<>();
        published().forEach((cell, allowed) -> {
            if (MinutesVisibility.mayReadPublished(cell.viewer(), cell.kind(), cell.ministryPart()) != allowed) {
                wrong.add(cell + " expected " + allowed);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyStateNarrowsThePublishedTableAsWrittenOut() {
        Map<Cell, Boolean> published = published();
        Map<Viewer, List<Boolean>> states = states();
        List<String> wrong = new ArrayList<>();
        published.forEach((cell, allowedOncePublished) -> {
            for (MinutesState state : MinutesState.values()) {
                boolean expected = allowedOncePublished && states.get(cell.viewer()).get(state.ordinal());
                if (MinutesVisibility.mayRead(cell.viewer(), cell.kind(), cell.ministryPart(), state) != expected) {
                    wrong.add(cell + " " + state + " expected " + expected);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aMinistrySeesOnlyThePartsMarkedForItOfItsOwnPublishedHearing() {
        List<MinutesPart> parts = List.of(
                new MinutesPart("How the council prepared; Maple and Oak spoke", false),
                new MinutesPart("The council's points on article 12", true),
                new MinutesPart("Next steps inside the council", false));
        assertEquals(List.of(parts.get(1)), MinutesVisibility.readableParts(Viewer.MEETING_MINISTRY,
                MeetingKind.HEARING, MinutesState.PUBLISHED, parts));
        assertEquals(List.of(), MinutesVisibility.readableParts(Viewer.MEETING_MINISTRY, MeetingKind.HEARING,
                MinutesState.SHARED, parts), "not before publication");
        assertEquals(List.of(), MinutesVisibility.readableParts(Viewer.OTHER_MINISTRY, MeetingKind.HEARING,
                MinutesState.PUBLISHED, parts));
        assertEquals(List.of(), MinutesVisibility.readableParts(Viewer.OBSERVER, MeetingKind.HEARING,
                MinutesState.PUBLISHED, parts));
        assertEquals(parts, MinutesVisibility.readableParts(Viewer.COUNCIL_MEMBER, MeetingKind.HEARING,
                MinutesState.PUBLISHED, parts));
        assertEquals(parts, MinutesVisibility.readableParts(Viewer.ATTENDEE, MeetingKind.HEARING,
                MinutesState.SHARED, parts));
        assertEquals(List.of(), MinutesVisibility.readableParts(Viewer.ATTENDEE, MeetingKind.HEARING,
                MinutesState.DRAFT, parts));
    }

    @Test
    void observersNeverReadMinutesOfAnyKindInAnyState() {
        for (MeetingKind kind : MeetingKind.values()) {
            for (MinutesState state : MinutesState.values()) {
                for (boolean ministryPart : new boolean[] {false, true}) {
                    assertFalse(MinutesVisibility.mayRead(Viewer.OBSERVER, kind, ministryPart, state));
                    assertFalse(MinutesVisibility.mayRead(Viewer.ADMIN, kind, ministryPart, state));
                    assertFalse(MinutesVisibility.mayRead(Viewer.OTHER_MINISTRY, kind, ministryPart, state));
                }
            }
        }
    }

    @Test
    void onlyAttendeesProposeCorrections() {
        for (Viewer viewer : Viewer.values()) {
            assertEquals(viewer == Viewer.ATTENDEE, MinutesVisibility.mayProposeCorrections(viewer),
                    viewer.toString());
        }
    }
}
