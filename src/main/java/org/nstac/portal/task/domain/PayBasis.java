package org.nstac.portal.task.domain;

/**
 * What a task's pay counts: hours of task work, hours counted in started half days, or one public appearance. Each is
 * a quantity of a line on the council's rate card, so a task is paid as other experts are paid for the same work.
 *
 * <p>Why no free "fixed fee" and no "volunteer": members were underpaid, and a fee typed per task was never checked
 * against the card. {@link TaskPay} turns accepted hours into a quantity in the same way for everyone: hourly and
 * daily work is paid for every hour accepted, an appearance is paid as one appearance however short it was, and work
 * beyond the estimate is flagged, never silently kept.
 */
public enum PayBasis {
    /** Every accepted hour, at the card's task-hour rate for the task's kind. */
    HOURLY,
    /** Accepted hours counted in started half days of four hours, at the card's task-hour rate. */
    DAILY,
    /** One appearance in public (speaking at an event), at the card's public-speaking rate. */
    APPEARANCE
}
