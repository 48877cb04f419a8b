package org.nstac.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The portal's one clock. "Now" is an instant; "today" and "this month" are the council's (Belgrade's), for every
 * feature: a payment approved at 00:30 in Belgrade is dated that day, not the day before as UTC would have it.
 * <p>
 * Tests move this clock instead of sleeping ({@link #moveBy}, reachable only through the test controls of the dev
 * and test WAR). It only ever moves forward: a later "now" makes every "how recent is this sign-in" check stricter,
 * never looser, so a moved clock cannot weaken security. Token signatures and expiry are checked by the token
 * library on the system clock.
 */
@ApplicationScoped
public class CouncilClock {

    /** The council's zone: meeting times are typed and shown in it, and "today" is its day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    /** Now, to the millisecond (what the database keeps). */
    public Instant now() {
        return system.instant().plus(offset).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Today in the council's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /** The day an instant falls on in the council's zone. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The same clock as a {@link Clock} in the council's zone, for domain code that takes one. */
    @Produces
    public Clock clock() {
        return Clock.offset(system, offset).withZone(ZONE);
    }

    /** Tests only: moves this node's time forward by {@code by}. */
    public void moveBy(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The council clock only moves forward");
        }
        offset = offset.plus(by);
    }

    /** Tests only: back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }
}
