package org.nstac.portal.platform;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nstac.portal.shared.ScheduledJob;

/**
 * Runs every {@link ScheduledJob} once a minute, once per cluster: every node's timer fires, and for each job only the
 * node that holds the job's lease ({@link JobLeases}) runs it. A job that fails is logged (exception class only: a
 * message may quote data) and tried again the next minute; it never stops the others. The runner itself holds no
 * transaction: each job runs in one of its own ({@link JobTransactions}).
 *
 * <p>No container lock on the bean: a singleton's methods are otherwise serialised, so a minute's tick waiting on a
 * lease row (another node's transaction, a database that is slow to answer) held up every other call here as well,
 * a job run by hand among them (CI run 24: {@code ClusterIT}'s stipend run waited more than 30 s behind a tick).
 * The timer's ticks do not overlap: one that finds the last one still running is skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    @Any
    Instance<ScheduledJob> jobs;

    @Inject
    JobLeases leases;

    @Inject
    JobTransactions transactions;

    private final AtomicBoolean ticking = new AtomicBoolean();

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        // Not while the portal is still starting: the startup seeding writes the same tables (ApplicationStarted).
        if (!ApplicationStarted.isStarted()) {
            return;
        }
        if (!ticking.compareAndSet(false, true)) {
            LOG.info("The last minute's jobs are still running on this node; this minute's tick is skipped");
            return;
        }
        try {
            tick();
        } finally {
            ticking.set(false);
        }
    }

    /**
     * What each node's timer does every minute: the jobs whose lease this node holds (or takes now) run here.
     *
     * @return the names of the jobs this node ran
     */
    public List<String> tick() {
        List<String> ran = new ArrayList<>();
        for (ScheduledJob job : jobs) {
            boolean mine;
            try {
                mine = leases.take(job.name());
            } catch (RuntimeException databaseUnreachable) {
                LOG.warning(() -> "Job " + job.name() + " skipped: its lease could not be read ("
                        + databaseUnreachable.getClass().getName() + "); trying again next minute");
                continue;
            }
            if (mine) {
                runOne(job);
                ran.add(job.name());
            }
        }
        return ran;
    }

    /** Runs one job now, by name, on this node whoever holds its lease (tests, after moving the clock). */
    public Optional<Integer> runNow(String name) {
        for (ScheduledJob job : jobs) {
            if (job.name().equals(name)) {
                return Optional.of(transactions.run(job));
            }
        }
        return Optional.empty();
    }

    private void runOne(ScheduledJob job) {
        try {
            int changed = transactions.run(job);
            if (changed > 0) {
                LOG.info(() -> "Job " + job.name() + " changed " + changed + " record(s) on node " + Node.name());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Job " + job.name() + " failed (" + e.getClass().getName()
                    + "); trying again next minute");
        }
    }
}
