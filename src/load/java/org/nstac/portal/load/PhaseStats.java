package org.nstac.portal.load;

import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured: response times of its measured requests (never the sign-ins), its errors, and the time
 * from the first measured request's start to the last one's end, from which requests per second follow.
 * <p>
 * Also the phase's start line: virtual users sign in first and {@link #signedIn report} it; the measured loop waits
 * until all of them did, so sign-ins do not compete with measured requests.
 */
final class PhaseStats {

    /** Response times up to ten minutes, three significant digits. */
    private final Histogram times = new Histogram(600_000, 3);
    private final AtomicInteger signedIn = new AtomicInteger();
    private final AtomicInteger signInFailures = new AtomicInteger();
    private final int users;
    private long errors;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    PhaseStats(int users) {
        this.users = users;
    }

    /**
     * One measured request: its response time in ms, or a negative number when no response came (refused
     * connection, timeout), and whether it failed (status or content check, or no response).
     */
    synchronized void record(long millis, boolean failed) {
        long now = System.currentTimeMillis();
        if (failed) {
            errors++;
        }
        if (millis >= 0) {
            times.recordValue(Math.min(millis, times.getHighestTrackableValue()));
            firstStart = Math.min(firstStart, now - millis);
            lastEnd = Math.max(lastEnd, now);
        }
    }

    void signedIn(boolean failed) {
        if (failed) {
            signInFailures.incrementAndGet();
        }
        signedIn.incrementAndGet();
    }

    boolean everyoneSignedIn() {
        return signedIn.get() >= users;
    }

    int users() {
        return users;
    }

    int signInFailures() {
        return signInFailures.get();
    }

    synchronized long requests() {
        return times.getTotalCount();
    }

    synchronized long errors() {
        return errors;
    }

    synchronized double requestsPerSecond() {
        long window = lastEnd - firstStart;
        return window <= 0 ? 0 : times.getTotalCount() * 1000.0 / window;
    }

    synchronized long percentile(double p) {
        return times.getTotalCount() == 0 ? 0 : times.getValueAtPercentile(p);
    }
}
