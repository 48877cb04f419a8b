package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;
import org.nstac.portal.care.infrastructure.SupportRequestStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.shared.ScheduledJob;

/**
 * Every minute: a request nobody acknowledged within its urgency's time (2 hours for NOW, 2 days for SOON) goes to
 * the chair, once. Idempotent: an escalated request is no longer open, so a second run finds nothing.
 */
@ApplicationScoped
public class SupportEscalation implements ScheduledJob {

    public static final String NAME = "support-escalation";

    /** At most this many per run; the next minute takes the rest. */
    static final int BATCH = 100;

    @Inject
    SupportRequestStore store;

    @Inject
    Notices notices;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run() {
        List<SupportRequestRecord> due = store.overdue(clock.now(), BATCH);
        for (SupportRequestRecord r : due) {
            r.escalate(clock.now());
            audit.record("system", "care.support.escalated", "support-request:" + r.getId(), null);
        }
        if (!due.isEmpty()) {
            notices.send(List.of(Notices.ROLE_PREFIX + "chair"), "notification.care.support.escalated",
                    SupportRequests.INBOX);
        }
        return due.size();
    }
}
