package org.nstac.portal.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nstac.portal.shared.ScheduledJob;

/**
 * Runs every {@link ScheduledJob} once a minute. A job that fails is logged (exception class only: a message may
 * quote data) and tried again the next minute; it never stops the others.
 */
@Singleton
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        for (ScheduledJob job : jobs) {
            runOne(job);
        }
    }

    /** Runs one job now, by name (tests, after moving the clock); empty when there is no such job. */
    public Optional<Integer> runNow(String name) {
        for (ScheduledJob job : jobs) {
            if (job.name().equals(name)) {
                return Optional.of(job.run());
            }
        }
        return Optional.empty();
    }

    private static void runOne(ScheduledJob job) {
        try {
            int changed = job.run();
            if (changed > 0) {
                LOG.info(() -> "Job " + job.name() + " changed " + changed + " record(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Job " + job.name() + " failed (" + e.getClass().getName()
                    + "); trying again next minute");
        }
    }
}
