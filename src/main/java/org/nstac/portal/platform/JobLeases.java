package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leases in the database ({@code job_lease}) that let exactly one node of a cluster do a piece of work at a time: the
 * scheduled jobs (each minute, whichever node holds a job's lease runs it; the others skip it), and the master-key
 * rotation (one at a time across the cluster).
 * <p>
 * A lease is taken, or renewed by its holder, with one conditional UPDATE on the database's own clock, so the nodes'
 * clocks need not agree (and a test that moves the council clock moves no lease). It runs out after
 * {@code portal.jobs.lease} (90 s by default) unless renewed: when its holder dies, the work moves to another node
 * within a lease and a minute. Each call commits in a transaction of its own: a lease taken stays taken even when the
 * work then fails.
 * <p>
 * The row a lease lives in is made (INSERT IGNORE) in a transaction of its own, committed before the UPDATE. Both in
 * one transaction deadlocked when two nodes took the same lease at the same moment: a duplicate key makes InnoDB hold
 * a shared lock on the row, and each node's UPDATE then waited for the other's shared lock. The database rolled one of
 * them back, and when that one was the holder, neither node ran the job that minute (the ClusterIT flake of issue
 * 22). Now each transaction asks for one lock on the row and none waits while holding another.
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    LeaseRows rows;

    @Inject
    @ConfigProperty(name = "portal.jobs.lease", defaultValue = "PT90S")
    Duration lease;

    /** Takes or renews the lease on {@code job} for this node; true when this node holds it now. */
    public boolean take(String job) {
        return take(job, lease);
    }

    /** As {@link #take(String)}, for {@code length} instead of the configured lease. */
    public boolean take(String job, Duration length) {
        rows.ensure(job);
        return rows.claim(job, length);
    }

    /** The two statements of taking a lease, each in a transaction of its own. */
    @ApplicationScoped
    public static class LeaseRows {

        @PersistenceContext(unitName = "portal")
        EntityManager em;

        /** Makes the lease's row if no node has yet (expired, held by nobody). */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void ensure(String job) {
            em.createNativeQuery("INSERT IGNORE INTO job_lease (cluster, job, holder, expires_at) "
                    + "VALUES (?1, ?2, '', TIMESTAMP('1970-01-02'))")
                    .setParameter(1, Node.cluster()).setParameter(2, job).executeUpdate();
        }

        /** Takes the lease when it ran out, or renews it when this node holds it. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public boolean claim(String job, Duration length) {
            return em.createNativeQuery("UPDATE job_lease SET holder = ?1, "
                    + "expires_at = NOW(3) + INTERVAL ?2 MICROSECOND "
                    + "WHERE cluster = ?3 AND job = ?4 AND (holder = ?1 OR expires_at < NOW(3))")
                    .setParameter(1, Node.holder())
                    .setParameter(2, Math.max(1000, length.toMillis()) * 1000)
                    .setParameter(3, Node.cluster())
                    .setParameter(4, job)
                    .executeUpdate() == 1;
        }
    }

    /** Gives this node's lease on {@code job} up at once, so that another node may take it straight away. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        em.createNativeQuery("UPDATE job_lease SET expires_at = TIMESTAMP('1970-01-02') "
                + "WHERE cluster = ?1 AND job = ?2 AND holder = ?3")
                .setParameter(1, Node.cluster()).setParameter(2, job).setParameter(3, Node.holder()).executeUpdate();
    }
}
