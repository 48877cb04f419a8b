package org.nstac.portal.meeting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * When a meeting starts and ends. A meeting is on from {@code start} (inclusive) until {@code end} (exclusive); a
 * meeting over several days runs from the first morning to the last afternoon.
 *
 * <p>Why attendance waits for the start: attendance creates payables, and an attendance entered ahead of time
 * ("they will all come") pays for something that has not happened. The secretariat records it once the meeting has
 * started, usually after it ended.
 *
 * <p>Why the online link is shown so late: the link is the way into the room. Shown weeks ahead it travels further
 * than the invitees (forwarded, seen on a shared screen), so it appears only from the day before the start, in the
 * council's time zone, and only to members who hold an open invitation. It disappears when the meeting ends, since
 * nobody needs it any more.
 *
 * @param start when the meeting starts
 * @param end   when it ends; after {@code start}
 */
public record MeetingTimes(Instant start, Instant end) {

    public static final String REQUIRED = "meeting.times.required";
    public static final String ORDER = "meeting.times.order";
    public static final String ATTENDANCE_TOO_EARLY = "meeting.attendance.tooEarly";

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /**
     * @throws DomainRuleViolation {@value #REQUIRED} when either is missing; {@value #ORDER} unless the end is after
     *                             the start
     */
    public MeetingTimes {
        if (start == null || end == null) {
            throw new DomainRuleViolation(REQUIRED);
        }
        if (!end.isAfter(start)) {
            throw new DomainRuleViolation(ORDER);
        }
    }

    /** How long the meeting lasts, start to end. */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** The length in hours, two decimals, rounded down (a partial attendance never exceeds it by rounding). */
    public BigDecimal lengthInHours() {
        return BigDecimal.valueOf(length().toSeconds()).divide(SECONDS_PER_HOUR, 2, RoundingMode.DOWN);
    }

    /** Whether the meeting has started at {@code now}; it has at the very instant of its start. */
    public boolean hasStarted(Instant now) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(start);
    }

    /** Whether the meeting is over at {@code now}; it is at the instant of its end. */
    public boolean hasEnded(Instant now) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(end);
    }

    /**
     * Refuses attendance before the meeting started.
     *
     * @throws DomainRuleViolation {@value #ATTENDANCE_TOO_EARLY} before {@code start}
     */
    public void requireAttendanceRecordable(Instant now) {
        if (!hasStarted(now)) {
            throw new DomainRuleViolation(ATTENDANCE_TOO_EARLY);
        }
    }

    /**
     * Whether two meetings overlap: one starts before the other ends. A meeting that starts the instant another ends
     * does not overlap it.
     */
    public boolean overlaps(MeetingTimes other) {
        Objects.requireNonNull(other, "other");
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * The instant from which the online link may be shown: midnight starting the day before the start's day, in
     * {@code zone}.
     */
    public Instant linkShownFrom(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return start.atZone(zone).toLocalDate().minusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The time half of the link rule: whether at {@code now} the link may be shown at all, that is from the day before
     * the start (in {@code zone}, the council's time zone) until the end.
     */
    public boolean linkVisible(Instant now, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(linkShownFrom(zone)) && !hasEnded(now);
    }

    /**
     * The whole link rule for a member: the time rule above, and an open invitation ({@link
     * InvitationState#seesLink()}).
     *
     * @param invitation the member's invitation to this meeting, or {@code null} when they were not invited
     */
    public boolean linkVisible(InvitationState invitation, Instant now, ZoneId zone) {
        return invitation != null && invitation.seesLink() && linkVisible(now, zone);
    }
}
