package org.nstac.portal.task.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Hours a member worked on an accepted task on one day, with an optional note on the work.
 *
 * <p>Why it is kept: the member is paid for the hours the secretariat accepts, hourly and daily work in full
 * ({@link TaskPay}), so every hour has to be written down somewhere the member controls. Hours are entered as
 * people type them ("2", "2.5" or "2,5", see {@link #parseHours}) and kept in hundredths of an hour; nothing that
 * looks like a number to a computer but not to a person ("1e3", "+2") gets through.
 *
 * <p>The note is about the work ("read sections 3 to 5"), never about the person: the page says so, and
 * {@link #toString()} prints only its length, so a log line never carries it.
 *
 * <p>The constructor checks what is true of an entry at any time; {@link #checkedOn(LocalDate, LocalDate)} adds the
 * calendar: not before the task was accepted, not in the future.
 *
 * @param date  the day the work was done
 * @param hours more than 0 and at most 24, with at most two decimals; stored with exactly two
 * @param note  surrounding white space removed, Windows line ends made plain, Unicode NFC; blank stored as
 *              {@code null}
 */
public record WorkLog(LocalDate date, BigDecimal hours, String note) {

    public static final String DATE_REQUIRED = "task.worklog.date.required";
    public static final String FUTURE = "task.worklog.future";
    public static final String BEFORE_ACCEPTANCE = "task.worklog.beforeAcceptance";
    public static final String HOURS_INVALID = "task.worklog.hours.invalid";
    public static final String NOTE_TOO_LONG = "task.worklog.note.tooLong";

    /** A day has 24 hours; work on a task that ran longer is logged on the next day. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("24");

    /** Characters (code points), as the database column holds them: enough to say what was done. */
    public static final int MAX_NOTE_LENGTH = 500;

    /** Whole hours, or hours with one or two decimals after a dot or a comma. Nothing else. */
    private static final Pattern HOURS_TEXT = Pattern.compile("[0-9]{1,2}(?:[.,][0-9]{1,2})?");

    /**
     * @throws DomainRuleViolation {@value #DATE_REQUIRED} without a date; {@value #HOURS_INVALID}, with
     *                             {@link #MAX_HOURS} as argument, for missing, zero, negative, too many or too finely
     *                             divided hours; {@value #NOTE_TOO_LONG}, with {@value #MAX_NOTE_LENGTH} as argument,
     *                             for a longer note
     */
    public WorkLog {
        if (date == null) {
            throw new DomainRuleViolation(DATE_REQUIRED);
        }
        if (!Decimals.positiveAtMost(hours, MAX_HOURS)) {
            throw new DomainRuleViolation(HOURS_INVALID, MAX_HOURS);
        }
        hours = Decimals.scaled(hours);
        note = note == null || note.isBlank()
                ? null
                : Normalizer.normalize(note.strip().replace("\r\n", "\n"), Normalizer.Form.NFC);
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            throw new DomainRuleViolation(NOTE_TOO_LONG, MAX_NOTE_LENGTH);
        }
    }

    /**
     * Checks the entry against the calendar when the member writes it, and returns it.
     *
     * @param acceptedOn the day the member accepted the task's offer; work before it was not work on this task
     * @param today      the member's today
     * @throws DomainRuleViolation {@value #FUTURE} for a day after today; {@value #BEFORE_ACCEPTANCE} for a day
     *                             before the acceptance (the day itself counts)
     */
    public WorkLog checkedOn(LocalDate acceptedOn, LocalDate today) {
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(today, "today");
        if (date.isAfter(today)) {
            throw new DomainRuleViolation(FUTURE);
        }
        if (date.isBefore(acceptedOn)) {
            throw new DomainRuleViolation(BEFORE_ACCEPTANCE);
        }
        return this;
    }

    /**
     * Reads hours as a member types them: "2", "2.5" or "2,5" (surrounding white space ignored).
     *
     * @return the hours with two decimals
     * @throws DomainRuleViolation {@value #HOURS_INVALID}, with {@link #MAX_HOURS} as argument, for anything else:
     *                             empty text, signs, exponents, grouping, more than two decimals, zero, or more than
     *                             24
     */
    public static BigDecimal parseHours(String text) {
        if (text == null) {
            throw new DomainRuleViolation(HOURS_INVALID, MAX_HOURS);
        }
        String stripped = text.strip();
        if (!HOURS_TEXT.matcher(stripped).matches()) {
            throw new DomainRuleViolation(HOURS_INVALID, MAX_HOURS);
        }
        BigDecimal hours = new BigDecimal(stripped.replace(',', '.'));
        if (!Decimals.positiveAtMost(hours, MAX_HOURS)) {
            throw new DomainRuleViolation(HOURS_INVALID, MAX_HOURS);
        }
        return Decimals.scaled(hours);
    }

    /** The note, when one was written. */
    public Optional<String> optionalNote() {
        return Optional.ofNullable(note);
    }

    /** The note's length only: the note itself stays out of logs. */
    @Override
    public String toString() {
        return "WorkLog[" + date + ", " + hours + " hours, "
                + (note == null ? "no note" : note.codePointCount(0, note.length()) + "-character note") + "]";
    }
}
