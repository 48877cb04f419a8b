package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

    private final Dates dates = new Dates();

    @Test
    void recordsReadInTheCouncilsZoneWithTheZoneNamed() {
        assertEquals("2026-12-22 10:00 CET", dates.dateTime(Instant.parse("2026-12-22T09:00:00Z")));
        assertEquals("2026-06-16 11:00 CEST", dates.dateTime(Instant.parse("2026-06-16T09:00:00Z")));
        assertEquals("", dates.dateTime(null));
    }

    @Test
    void aDayIsTheCouncilsDay() {
        // 23:30 UTC on 3 December is already 4 December in Belgrade
        assertEquals("2026-12-04", dates.date(Instant.parse("2026-12-03T23:30:00Z")));
        assertEquals("", dates.date(null));
    }

    @Test
    void meetingsReadAsTheClockInBelgradeShowsThemInWinterAndSummer() {
        // 09:00 UTC is 10:00 in Belgrade in December (UTC+1) and 11:00 in June (UTC+2)
        assertEquals("2026-12-22 10:00 – 15:00",
                dates.councilSpan(Instant.parse("2026-12-22T09:00:00Z"), Instant.parse("2026-12-22T14:00:00Z")));
        assertEquals("2026-06-16 11:00 – 13:30",
                dates.councilSpan(Instant.parse("2026-06-16T09:00:00Z"), Instant.parse("2026-06-16T11:30:00Z")));
    }

    @Test
    void aMeetingPastMidnightInBelgradeNamesBothDays() {
        // 22:30 UTC on 22 December is 23:30 in Belgrade; the end at 23:30 UTC is already 00:30 on the 23rd there
        assertEquals("2026-12-22 23:30 – 2026-12-23 00:30",
                dates.councilSpan(Instant.parse("2026-12-22T22:30:00Z"), Instant.parse("2026-12-22T23:30:00Z")));
        assertEquals("2026-12-23 00:30", dates.councilDateTime(Instant.parse("2026-12-22T23:30:00Z")));
    }
}
