package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.meeting.domain.MeetingFixtures.TUESDAY;
import static org.nstac.portal.meeting.domain.MeetingFixtures.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.meeting.domain.Overlap.Scheduled;

class OverlapTest {

    private static final Scheduled MORNING = new Scheduled(1, new MeetingTimes(at("2026-03-10T07:00:00Z"),
            at("2026-03-10T09:00:00Z")));
    private static final Scheduled LUNCH = new Scheduled(2, new MeetingTimes(at("2026-03-10T11:00:00Z"),
            at("2026-03-10T12:00:00Z")));
    private static final Scheduled ALL_WEEK = new Scheduled(3, new MeetingTimes(at("2026-03-09T07:00:00Z"),
            at("2026-03-13T15:00:00Z")));
    private static final Scheduled NEXT_DAY = new Scheduled(4, new MeetingTimes(at("2026-03-11T09:00:00Z"),
            at("2026-03-11T15:00:00Z")));

    @Test
    void theClashingMeetingsAreListedEarliestFirst() {
        assertEquals(List.of(ALL_WEEK, LUNCH),
                Overlap.clashes(99, TUESDAY, List.of(MORNING, LUNCH, NEXT_DAY, ALL_WEEK)));
        assertTrue(Overlap.overlapsAny(99, TUESDAY, List.of(LUNCH)));
    }

    @Test
    void meetingsThatOnlyTouchOrAreOnOtherDaysDoNotClash() {
        assertEquals(List.of(), Overlap.clashes(99, TUESDAY, List.of(MORNING, NEXT_DAY)));
        assertFalse(Overlap.overlapsAny(99, TUESDAY, List.of()));
    }

    @Test
    void aMeetingNeverClashesWithItselfSoMovingItWarnsOnlyAboutOthers() {
        Scheduled sameMeetingOldTime = new Scheduled(99, new MeetingTimes(at("2026-03-10T10:00:00Z"),
                at("2026-03-10T11:00:00Z")));
        assertEquals(List.of(LUNCH), Overlap.clashes(99, TUESDAY, List.of(sameMeetingOldTime, LUNCH)));
    }

    @Test
    void theWarningHasItsKey() {
        assertEquals("meeting.overlap.warning", Overlap.WARNING);
    }
}
