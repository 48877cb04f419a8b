package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Instants on pages, all in the council's zone (Europe/Belgrade), the clock on the wall of everyone who uses the
 * portal. Records (when something was posted, approved, paid) read as {@code 2026-12-01 10:00 CET} (or {@code CEST} in
 * summer): the zone named, one form in both languages. A day ({@link #date(Instant)}) is the council's day, so a
 * comment posted at 00:30 in Belgrade is dated that day, not the day before as UTC would have it. Meetings read as a
 * span ({@link #councilSpan(Instant, Instant)}) with the zone named next to them on the page.
 */
@Named
@ApplicationScoped
public class Dates {

    /** The council's zone: meeting times are typed and shown in it, and "today" for money and meetings is its day. */
    public static final ZoneId COUNCIL_ZONE = org.nstac.portal.shared.CouncilClock.ZONE;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z",
            java.util.Locale.UK).withZone(COUNCIL_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(COUNCIL_ZONE);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A moment in the council's zone, as {@code 2026-12-22 10:00}. */
    public String councilDateTime(Instant instant) {
        return instant == null ? "" : LOCAL_DATE_TIME.format(instant.atZone(COUNCIL_ZONE));
    }

    /**
     * From start to end in the council's zone: {@code 2026-12-22 10:00 – 15:00} on one day,
     * {@code 2026-12-22 10:00 – 2026-12-23 13:00} across days.
     */
    public String councilSpan(Instant start, Instant end) {
        if (start == null || end == null) {
            return councilDateTime(start == null ? end : start);
        }
        ZonedDateTime from = start.atZone(COUNCIL_ZONE);
        ZonedDateTime to = end.atZone(COUNCIL_ZONE);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? LOCAL_TIME.format(to)
                : LOCAL_DATE_TIME.format(to);
        return LOCAL_DATE_TIME.format(from) + " – " + until;
    }
}
