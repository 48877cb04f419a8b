package org.nstac.portal.shared;

/**
 * Work that runs by itself every minute (open consultations whose time has come, flag overdue answers, accrue
 * stipends...). A feature offers it as a CDI bean; the platform's job runner calls {@link #run()} once per minute and
 * once per cluster, and tests run it at once by its {@link #name()} after moving the clock.
 * <p>
 * A run must be idempotent: running twice in a minute, or again after a crash half-way, changes nothing more.
 */
public interface ScheduledJob {

    /** A short stable name, for logs and for tests: {@code consultation-dates}. */
    String name();

    /** Does what is due now; returns how many things it changed (for the log). */
    int run();
}
