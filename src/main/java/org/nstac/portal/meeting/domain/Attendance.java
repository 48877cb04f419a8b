package org.nstac.portal.meeting.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Whether a member attended a meeting, as the secretariat records it after the start ({@link
 * MeetingTimes#requireAttendanceRecordable}); what it pays is {@link AttendancePay}'s rule.
 *
 * <p>Why partly present has hours: a member who left at lunch on the second of three days was there for part of the
 * meeting, and is paid for that part ({@link AttendancePay}). Stepping out for a while ("I need to step out") is not
 * leaving: a member who stepped out and came back, or stayed in the quiet room, is {@code PRESENT}, and stepping out
 * never affects pay.
 *
 * <p>Why an absent member can still have prepared or travelled: a member who read the drafts and then fell ill, or
 * who set off and could not get there, gave time or money before the meeting. The member's word is enough; nobody
 * asks for proof or for the reason they could not come.
 *
 * @param presence  present, partly present or absent
 * @param hours     for {@code PARTLY} only: the hours the member was there, more than 0 and at most the meeting's
 *                  length ({@link #checkedFor}), at most two decimals, stored with exactly two; {@code null} otherwise
 * @param prepared  for {@code ABSENT} only: the member prepared for the meeting (attending members are paid their
 *                  preparation anyway); {@code false} otherwise
 * @param travelled for {@code ABSENT} only: the member travelled towards the meeting; {@code false} otherwise
 */
public record Attendance(Presence presence, BigDecimal hours, boolean prepared, boolean travelled) {

    /** How much of the meeting a member attended. */
    public enum Presence {
        PRESENT,
        PARTLY,
        ABSENT
    }

    public static final String HOURS_INVALID = "meeting.attendance.hours.invalid";

    /**
     * The longest partial attendance at all: a fortnight. The real limit is the meeting's own length, checked by
     * {@link #checkedFor}; this one keeps absurd figures out before the meeting is known.
     */
    public static final BigDecimal MAX_PARTLY_HOURS = new BigDecimal("336");

    /**
     * @throws DomainRuleViolation {@value #HOURS_INVALID}, with {@link #MAX_PARTLY_HOURS} as argument, for partly
     *                             present without hours, with 0 or fewer hours, more than the limit, or more than two
     *                             decimals
     * @throws IllegalArgumentException for hours with another presence, or prepared or travelled flags on an
     *                                  attending member (values a form does not produce)
     */
    public Attendance {
        Objects.requireNonNull(presence, "presence");
        if (presence == Presence.PARTLY) {
            if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_PARTLY_HOURS) > 0
                    || hours.stripTrailingZeros().scale() > 2) {
                throw new DomainRuleViolation(HOURS_INVALID, MAX_PARTLY_HOURS);
            }
            hours = hours.setScale(2);
        } else if (hours != null) {
            throw new IllegalArgumentException("Only partial attendance has hours");
        }
        if (presence != Presence.ABSENT && (prepared || travelled)) {
            throw new IllegalArgumentException("Only an absent member's preparation and travel are recorded");
        }
    }

    /** Present for the whole meeting. */
    public static Attendance present() {
        return new Attendance(Presence.PRESENT, null, false, false);
    }

    /** Present for {@code hours} of the meeting. */
    public static Attendance partly(BigDecimal hours) {
        return new Attendance(Presence.PARTLY, hours, false, false);
    }

    /** Not there, and neither prepared nor travelled. */
    public static Attendance absent() {
        return new Attendance(Presence.ABSENT, null, false, false);
    }

    /** Not there, with what the member gave before the meeting all the same. */
    public static Attendance absent(boolean prepared, boolean travelled) {
        return new Attendance(Presence.ABSENT, null, prepared, travelled);
    }

    /** Whether the member was at the meeting, for all or part of it. */
    public boolean attended() {
        return presence != Presence.ABSENT;
    }

    /**
     * Checks partial hours against the meeting, and returns this.
     *
     * @throws DomainRuleViolation {@value #HOURS_INVALID}, with the meeting's {@linkplain
     *                             MeetingTimes#lengthInHours() length in hours} as argument, for more hours than the
     *                             meeting lasted
     */
    public Attendance checkedFor(MeetingTimes times) {
        Objects.requireNonNull(times, "times");
        if (presence == Presence.PARTLY && hours.compareTo(times.lengthInHours()) > 0) {
            throw new DomainRuleViolation(HOURS_INVALID, times.lengthInHours());
        }
        return this;
    }
}
