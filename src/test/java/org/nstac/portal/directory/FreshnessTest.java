package org.nstac.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.nstac.portal.directory.domain.Freshness;

/** An entry is stale once its last check lies before the same day six months ago, in the council's calendar. */
class FreshnessTest {

    private static final ZoneId BELGRADE = ZoneId.of("Europe/Belgrade");

    @Test
    void checkedSixMonthsAgoToTheDayIsStillFreshAndADayMoreIsStale() {
        LocalDate checked = LocalDate.of(2026, 6, 21);
        assertFalse(Freshness.isStale(checked, checked));
        assertFalse(Freshness.isStale(checked, LocalDate.of(2026, 12, 20)));
        assertFalse(Freshness.isStale(checked, LocalDate.of(2026, 12, 21)), "six months to the day: still fresh");
        assertTrue(Freshness.isStale(checked, LocalDate.of(2026, 12, 22)), "a day more: stale");
        assertTrue(Freshness.isStale(checked, LocalDate.of(2027, 6, 21)));
    }

    @Test
    void atTheEndOfAMonthTheCalendarDecides() {
        assertEquals(LocalDate.of(2027, 2, 28), Freshness.cutoff(LocalDate.of(2027, 8, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), Freshness.cutoff(LocalDate.of(2028, 8, 31)), "a leap year");
        assertFalse(Freshness.isStale(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 8, 31)));
        assertTrue(Freshness.isStale(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 8, 31)));
        assertTrue(Freshness.isStale(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 3, 1)));
    }

    @Test
    void theClockDecidesTodayInTheCouncilsZoneNotInUtc() {
        LocalDate checked = LocalDate.of(2026, 6, 21);
        // 22 December 2026, 00:30 in Belgrade is still 21 December in UTC: Belgrade's day counts.
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-12-21T23:30:00Z"), BELGRADE);
        assertTrue(Freshness.isStale(checked, justAfterMidnight));
        Clock justBefore = Clock.fixed(Instant.parse("2026-12-21T22:30:00Z"), BELGRADE);
        assertFalse(Freshness.isStale(checked, justBefore));
        assertTrue(Freshness.isStale(checked, Clock.offset(justBefore, java.time.Duration.ofHours(2))),
                "moving the clock on makes it stale");
    }

    @Test
    void everyDayOfTwoYearsIsFreshForSixMonthsAndStaleSoonAfter() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            assertFalse(Freshness.isStale(day, day), day.toString());
            assertFalse(Freshness.isStale(day, day.plusMonths(6)), day.toString());
            // A month's end gives a few days more (checked on 28 February, fresh through 31 August), never fewer.
            assertTrue(Freshness.isStale(day, day.plusMonths(6).plusDays(4)), day.toString());
        }
    }
}
