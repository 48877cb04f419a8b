package org.nstac.portal.directory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When an entry counts as stale: it was last checked more than six months ago. A stale entry stays on the public
 * page (the service probably still exists) with a warning to confirm its details before going there, and the
 * secretariat is shown how many there are until each is checked again.
 *
 * <p>The rule, in days of the council's calendar: an entry is stale when its last check lies before the same day six
 * months ago ({@link #cutoff(LocalDate)}). Checked on 21 June, it is fresh through 21 December and stale from
 * 22 December on. At the end of a month the calendar decides: six months before 31 August is 28 (or 29) February.
 * The same cutoff serves the database query and the page, so the count on the dashboard and the marks on the page
 * always agree.
 */
public final class Freshness {

    /** How long a check holds. */
    public static final Period STALE_AFTER = Period.ofMonths(6);

    private Freshness() {
    }

    /** The earliest last-checked day that is still fresh on {@code today}. */
    public static LocalDate cutoff(LocalDate today) {
        return Objects.requireNonNull(today, "today").minus(STALE_AFTER);
    }

    /** Whether an entry last checked on {@code lastChecked} is stale on {@code today}. */
    public static boolean isStale(LocalDate lastChecked, LocalDate today) {
        return Objects.requireNonNull(lastChecked, "lastChecked").isBefore(cutoff(today));
    }

    /** As {@link #isStale(LocalDate, LocalDate)}, today being the clock's (the council's clock, in its zone). */
    public static boolean isStale(LocalDate lastChecked, Clock clock) {
        return isStale(lastChecked, LocalDate.now(clock));
    }
}
