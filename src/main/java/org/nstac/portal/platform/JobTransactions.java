package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.nstac.portal.shared.ScheduledJob;

/**
 * Gives each scheduled job a transaction of its own. Run inside one shared transaction, a job that opens its own
 * ({@code REQUIRES_NEW}, as the stipend months do) would wait for locks the shared transaction holds on the audit
 * chain, and one failing job would roll back the others' work.
 */
@ApplicationScoped
public class JobTransactions {

    /** Runs {@code job} in a new transaction, committed when it returns and rolled back when it throws. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int run(ScheduledJob job) {
        return job.run();
    }
}
