package org.nstac.portal.task.domain;

/**
 * How a task's rate is counted: per hour, per day, or one fixed amount for the whole task.
 *
 * <p>Why three and no "volunteer": members were underpaid, so every task is paid on a basis the secretariat states
 * before the offer, and {@link TaskPay} turns it into an amount in the same way for everyone: hourly and daily work
 * is paid for every hour accepted, and a fixed fee that turns out short is flagged, never silently kept.
 */
public enum PayBasis {
    HOURLY,
    DAILY,
    FIXED
}
