package org.nstac.portal.consultation.domain;

import java.time.Instant;
import java.util.Objects;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * A consultation's timetable: when it opens for comments, when it closes, and by when the ministry must have
 * answered every comment.
 *
 * <p>Why the answers have a date: a ministry that never answers leaves the council consulted for show. The date
 * lets the portal show an overdue consultation to the ministry, the secretariat and the council alike. Closing is
 * automatic ({@link #phaseDueAt}); answering and publishing the report are people's acts and never happen by the
 * clock.
 *
 * <p>The instants are read as: the consultation is open from {@code opensAt} (inclusive) until {@code closesAt}
 * (exclusive), and answers are on time up to and including {@code answersDueAt}.
 *
 * @param opensAt      when comments open
 * @param closesAt     when comments close; after {@code opensAt}
 * @param answersDueAt when every answer is due; after {@code closesAt}
 */
public record ConsultationDates(Instant opensAt, Instant closesAt, Instant answersDueAt) {

    public static final String REQUIRED = "consultation.dates.required";
    public static final String CLOSE_BEFORE_OPEN = "consultation.dates.closeBeforeOpen";
    public static final String ANSWERS_BEFORE_CLOSE = "consultation.dates.answersBeforeClose";

    /**
     * @throws DomainRuleViolation {@value #REQUIRED} when a date is missing; {@value #CLOSE_BEFORE_OPEN} unless
     *                             closing is after opening; {@value #ANSWERS_BEFORE_CLOSE} unless answers are due
     *                             after closing
     */
    public ConsultationDates {
        if (opensAt == null || closesAt == null || answersDueAt == null) {
            throw new DomainRuleViolation(REQUIRED);
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new DomainRuleViolation(CLOSE_BEFORE_OPEN);
        }
        if (!answersDueAt.isAfter(closesAt)) {
            throw new DomainRuleViolation(ANSWERS_BEFORE_CLOSE);
        }
    }

    /**
     * The phase a scheduled job should move the consultation to now: the next phase, or {@code current} when
     * nothing is due. Only two moves happen by the clock:
     * <ul>
     *   <li>{@code DRAFT} to {@code OPEN} from {@code opensAt}, and only when the ministry scheduled the opening
     *       (a draft with dates is not yet a decision to publish it). A draft whose closing time has already
     *       passed stays a draft: opening it would give members no time to comment, so the ministry sets new
     *       dates.</li>
     *   <li>{@code OPEN} to {@code CLOSED} from {@code closesAt}.</li>
     * </ul>
     *
     * @param openingScheduled whether the ministry asked for the draft to open by itself at {@code opensAt}
     */
    public Phase phaseDueAt(Instant now, Phase current, boolean openingScheduled) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(current, "current");
        return switch (current) {
            case DRAFT -> openingScheduled && !now.isBefore(opensAt) && now.isBefore(closesAt) ? Phase.OPEN
                    : Phase.DRAFT;
            case OPEN -> now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
            case REQUESTED, CLOSED, ANSWERED, REPORT_PUBLISHED, DECLINED -> current;
        };
    }

    /**
     * Whether the answers are late at {@code now}. Only meaningful while the consultation is not yet
     * {@code ANSWERED}; the caller asks for consultations in {@code OPEN} or {@code CLOSED}.
     */
    public boolean answersOverdue(Instant now) {
        Objects.requireNonNull(now, "now");
        return now.isAfter(answersDueAt);
    }
}
