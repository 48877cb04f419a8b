package org.nstac.portal.meeting.domain;

import java.math.BigDecimal;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a meeting promises each attending member, in rate-card units: meeting days, preparation hours, per diems and
 * kilometres travelled. The amounts come from the rate card when the payables accrue; a member sees these lines on
 * the invitation before deciding whether to come.
 *
 * <p>Why the promise is explicit and per meeting: members were paid for ten days of work that took far more, and a
 * four-day meeting paid as a flat sum. Writing the lines down before anyone accepts makes the promise checkable, and
 * {@link AttendancePay} turns exactly these lines into payables.
 *
 * <p>Per diems are a count of days away from home rather than a yes or no, because a four-day meeting away is four
 * days' allowance; a meeting in town has none. The kilometres are the journey there and back at the rate for travel
 * by one's own means; the application may store them per member, since members live in different places.
 *
 * @param meetingDays      meeting days paid, in half days: 0, 0.5, 1, 1.5 ... at most {@link #MAX_DAYS}
 * @param preparationHours preparation paid, 0 or more, at most {@link #MAX_PREPARATION_HOURS}, two decimals
 * @param perDiemDays      per diems paid, 0 to {@value #MAX_PER_DIEM_DAYS}
 * @param travelKm         kilometres there and back, 0 or more, at most {@link #MAX_TRAVEL_KM}, two decimals
 */
public record MeetingPay(BigDecimal meetingDays, BigDecimal preparationHours, int perDiemDays, BigDecimal travelKm) {

    public static final String DAYS_INVALID = "meeting.pay.days.invalid";
    public static final String PREPARATION_INVALID = "meeting.pay.preparation.invalid";
    public static final String PER_DIEM_INVALID = "meeting.pay.perDiem.invalid";
    public static final String TRAVEL_INVALID = "meeting.pay.travel.invalid";

    /** Two weeks: longer than any meeting the council holds. */
    public static final BigDecimal MAX_DAYS = new BigDecimal("14");
    /** A working week of preparation for one meeting; more is a task of its own. */
    public static final BigDecimal MAX_PREPARATION_HOURS = new BigDecimal("40");
    /** Two weeks away, with a day's travel at either end. */
    public static final int MAX_PER_DIEM_DAYS = 16;
    /** Further than any journey there and back within the region. */
    public static final BigDecimal MAX_TRAVEL_KM = new BigDecimal("5000");

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * @throws DomainRuleViolation {@value #DAYS_INVALID} for missing, negative, too many or other than half days;
     *                             {@value #PREPARATION_INVALID} for missing, negative, too many or too finely divided
     *                             hours; {@value #PER_DIEM_INVALID} for a negative count or too many; {@value
     *                             #TRAVEL_INVALID} for missing, negative, too many or too finely divided kilometres;
     *                             each with its maximum as argument
     */
    public MeetingPay {
        if (meetingDays == null || meetingDays.signum() < 0 || meetingDays.compareTo(MAX_DAYS) > 0
                || meetingDays.multiply(TWO).stripTrailingZeros().scale() > 0) {
            throw new DomainRuleViolation(DAYS_INVALID, MAX_DAYS);
        }
        if (!withinTwoDecimals(preparationHours, MAX_PREPARATION_HOURS)) {
            throw new DomainRuleViolation(PREPARATION_INVALID, MAX_PREPARATION_HOURS);
        }
        if (perDiemDays < 0 || perDiemDays > MAX_PER_DIEM_DAYS) {
            throw new DomainRuleViolation(PER_DIEM_INVALID, MAX_PER_DIEM_DAYS);
        }
        if (!withinTwoDecimals(travelKm, MAX_TRAVEL_KM)) {
            throw new DomainRuleViolation(TRAVEL_INVALID, MAX_TRAVEL_KM);
        }
        meetingDays = meetingDays.setScale(2);
        preparationHours = preparationHours.setScale(2);
        travelKm = travelKm.setScale(2);
    }

    /** Nothing promised yet: where the secretariat's form starts. */
    public static MeetingPay none() {
        return new MeetingPay(BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    private static boolean withinTwoDecimals(BigDecimal value, BigDecimal max) {
        return value != null && value.signum() >= 0 && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= 2;
    }
}
