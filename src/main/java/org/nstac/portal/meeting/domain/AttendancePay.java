package org.nstac.portal.meeting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nstac.portal.payment.domain.Activity;

/**
 * The payables a member's attendance gives rise to, as lines of a rate-card activity and a quantity, each with a
 * key that makes recording the same attendance twice create nothing new.
 *
 * <p>Why these rules (members were paid for a fraction of the time they gave, and the council decided that what a
 * member gives is paid):
 * <ul>
 *   <li><b>Present</b>: every line the meeting promised ({@link MeetingPay}).</li>
 *   <li><b>Partly present</b>: preparation, per diems and travel in full, since the preparation was done and the
 *       member came and was away from home all the same. Meeting days follow the share of the meeting the member was
 *       there for, generously: each day counts in full when the member was there for at least half of it, and as half
 *       a day when for less, so nobody who came goes home with nothing for the day. See {@link #partialMeetingDays}.
 *       Leaving early is often the safest thing a member can do; it costs them at most part of one day.</li>
 *   <li><b>Absent</b>: no meeting day and no per diem, since neither the day nor the time away happened; but the
 *       preparation the member did is paid in full, and the journey they set out on is paid too. The member's word
 *       is enough ({@link Attendance}).</li>
 *   <li><b>Cancelled meeting</b>: as absent through no fault of the member's: travel already made and preparation
 *       already done are paid ({@link #forCancelledMeeting}). Preparation is added to what the issue asked for
 *       (travel), because an hour read for a meeting that was then called off is still an hour of work.</li>
 * </ul>
 * Lines with a quantity of 0 are left out. Quantities have two decimals.
 *
 * <p>Why the keys: the secretariat may press "save" twice, or correct attendance after a mistake. Each line's
 * {@link PayLine#sourceKey() source key} names the meeting, the member and the activity, so the payments feature
 * keeps one payable per key; {@link #plan} says which lines are new, which changed and which are no longer due.
 */
public final class AttendancePay {

    /** Hours in a meeting day, as for daily-rate tasks. */
    public static final int HOURS_PER_DAY = 8;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private AttendancePay() {
    }

    /**
     * One payable to accrue.
     *
     * @param sourceKey {@code meeting:{meetingId}:member:{memberRef}:{ACTIVITY}}, the same whenever the same
     *                  attendance is recorded again
     * @param activity  the rate-card activity
     * @param quantity  days, hours, per diems or kilometres; more than 0, two decimals
     */
    public record PayLine(String sourceKey, Activity activity, BigDecimal quantity) {

        /** @throws IllegalArgumentException for a missing key or activity or a quantity not above 0 */
        public PayLine {
            if (sourceKey == null || sourceKey.isBlank()) {
                throw new IllegalArgumentException("A pay line needs its source key");
            }
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(quantity, "quantity");
            if (quantity.signum() <= 0) {
                throw new IllegalArgumentException("A pay line pays something");
            }
            quantity = quantity.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /**
     * What to do with the payables already accrued for one member at one meeting, when attendance is recorded
     * (again).
     *
     * @param toAccrue    lines with a key not yet accrued: accrue them
     * @param changed     lines whose key is accrued with another quantity (attendance was corrected): the payments
     *                    feature rejects or reverses the old payable and accrues this one
     * @param noLongerDue keys accrued before that the attendance no longer gives rise to: rejected or reversed by the
     *                    payments feature
     */
    public record AccrualPlan(List<PayLine> toAccrue, List<PayLine> changed, List<String> noLongerDue) {

        public AccrualPlan {
            toAccrue = List.copyOf(toAccrue);
            changed = List.copyOf(changed);
            noLongerDue = List.copyOf(noLongerDue);
        }

        /** Whether recording changes nothing: the same attendance recorded again. */
        public boolean isEmpty() {
            return toAccrue.isEmpty() && changed.isEmpty() && noLongerDue.isEmpty();
        }
    }

    /**
     * The key of a line: {@code meeting:42:member:m-7:MEETING_DAY}.
     *
     * @throws IllegalArgumentException for a blank member reference or one containing {@code :}, which would make two
     *                                  keys alike
     */
    public static String sourceKey(long meetingId, String memberRef, Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return sourceKeyPrefix(meetingId, memberRef) + activity.name();
    }

    /**
     * What every source key of one member's pay for one meeting starts with: {@code meeting:{id}:member:{ref}:}.
     *
     * @throws IllegalArgumentException as {@link #sourceKey}
     */
    /** What every source key of meeting pay starts with. */
    public static final String SOURCE_KEY_ROOT = "meeting:";

    public static String sourceKeyPrefix(long meetingId, String memberRef) {
        if (memberRef == null || memberRef.isBlank() || memberRef.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A member reference is not blank and has no colon");
        }
        return "meeting:" + meetingId + ":member:" + memberRef + ":";
    }

    /**
     * The lines a recorded attendance gives rise to, in the order meeting day, preparation, per diem, travel.
     *
     * @param times      the meeting's times, for partial attendance
     * @param attendance the attendance, {@linkplain Attendance#checkedFor checked} against {@code times}
     * @throws org.nstac.portal.shared.DomainRuleViolation as {@link Attendance#checkedFor}
     */
    public static List<PayLine> forAttendance(long meetingId, String memberRef, MeetingPay pay, MeetingTimes times,
            Attendance attendance) {
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(attendance, "attendance");
        attendance.checkedFor(times);
        Lines lines = new Lines(meetingId, memberRef);
        switch (attendance.presence()) {
            case PRESENT -> {
                lines.add(Activity.MEETING_DAY, pay.meetingDays());
                lines.add(Activity.PREPARATION_HOUR, pay.preparationHours());
                lines.add(Activity.PER_DIEM, BigDecimal.valueOf(pay.perDiemDays()));
                lines.add(Activity.TRAVEL_PER_KM, pay.travelKm());
            }
            case PARTLY -> {
                lines.add(Activity.MEETING_DAY, partialMeetingDays(pay.meetingDays(), times, attendance.hours()));
                lines.add(Activity.PREPARATION_HOUR, pay.preparationHours());
                lines.add(Activity.PER_DIEM, BigDecimal.valueOf(pay.perDiemDays()));
                lines.add(Activity.TRAVEL_PER_KM, pay.travelKm());
            }
            case ABSENT -> lines.addGivenBefore(pay, attendance.prepared(), attendance.travelled());
        }
        return lines.list();
    }

    /**
     * The lines for a member when the meeting is cancelled: travel already made and preparation already done, as
     * the member tells the secretariat.
     */
    public static List<PayLine> forCancelledMeeting(long meetingId, String memberRef, MeetingPay pay,
            boolean prepared, boolean travelled) {
        Objects.requireNonNull(pay, "pay");
        Lines lines = new Lines(meetingId, memberRef);
        lines.addGivenBefore(pay, prepared, travelled);
        return lines.list();
    }

    /**
     * Meeting days for a partial attendance of {@code hours}.
     *
     * <p>The member's share of the meeting is {@code hours} divided by the meeting's expected hours: its length, but
     * at most {@value #HOURS_PER_DAY} hours for each promised day (a three-day meeting runs through two nights, which
     * nobody is expected to attend). That share of the promised days is then rounded up day by day: a last, partial
     * day counts as a full day when the member was there for at least half of it, and as half a day otherwise. The
     * result is never more than the days promised. Examples for one promised day of six hours: 1 hour pays 0.5 days,
     * 3 hours pay 1 day. For three promised days of eight hours: 8 hours pay 1 day, 18 hours 2.5 days, 20 hours 3
     * days.
     *
     * @param meetingDays the days promised; 0 gives 0
     * @param hours       the hours attended, more than 0
     */
    public static BigDecimal partialMeetingDays(BigDecimal meetingDays, MeetingTimes times, BigDecimal hours) {
        Objects.requireNonNull(meetingDays, "meetingDays");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("Partial attendance has hours");
        }
        if (meetingDays.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal expectedHours = times.lengthInHours().min(meetingDays.multiply(BigDecimal.valueOf(HOURS_PER_DAY)));
        if (hours.compareTo(expectedHours) >= 0) {
            return meetingDays.setScale(2);
        }
        BigDecimal days = meetingDays.multiply(hours).divide(expectedHours, 10, RoundingMode.HALF_UP);
        BigDecimal whole = days.setScale(0, RoundingMode.FLOOR);
        BigDecimal rest = days.subtract(whole);
        BigDecimal paid = whole.add(rest.signum() == 0 ? BigDecimal.ZERO
                : rest.compareTo(HALF) >= 0 ? BigDecimal.ONE : HALF);
        return paid.min(meetingDays).setScale(2);
    }

    /**
     * Compares the lines now due with the payables already accrued for the same member and meeting.
     *
     * @param due     the lines the attendance now gives rise to
     * @param accrued the quantity accrued so far for each source key of this member at this meeting
     */
    public static AccrualPlan plan(List<PayLine> due, Map<String, BigDecimal> accrued) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(accrued, "accrued");
        List<PayLine> toAccrue = new ArrayList<>();
        List<PayLine> changed = new ArrayList<>();
        Map<String, BigDecimal> notSeen = new LinkedHashMap<>(accrued);
        for (PayLine line : due) {
            BigDecimal before = notSeen.remove(line.sourceKey());
            if (before == null) {
                toAccrue.add(line);
            } else if (before.compareTo(line.quantity()) != 0) {
                changed.add(line);
            }
        }
        List<String> noLongerDue = new ArrayList<>(notSeen.keySet());
        Collections.sort(noLongerDue);
        return new AccrualPlan(toAccrue, changed, noLongerDue);
    }

    /** Collects lines for one member at one meeting, leaving out those of 0. */
    private static final class Lines {

        private final long meetingId;
        private final String memberRef;
        private final List<PayLine> list = new ArrayList<>();

        Lines(long meetingId, String memberRef) {
            this.meetingId = meetingId;
            this.memberRef = memberRef;
            sourceKey(meetingId, memberRef, Activity.MEETING_DAY);
        }

        void add(Activity activity, BigDecimal quantity) {
            if (quantity.signum() > 0) {
                list.add(new PayLine(sourceKey(meetingId, memberRef, activity), activity, quantity));
            }
        }

        void addGivenBefore(MeetingPay pay, boolean prepared, boolean travelled) {
            if (prepared) {
                add(Activity.PREPARATION_HOUR, pay.preparationHours());
            }
            if (travelled) {
                add(Activity.TRAVEL_PER_KM, pay.travelKm());
            }
        }

        List<PayLine> list() {
            return List.copyOf(list);
        }
    }
}
