package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.nstac.portal.audit.application.AuditLog;

/** A refused bank-file attempt goes into the audit chain in its own transaction: the attempt itself rolls back. */
@ApplicationScoped
public class BatchRefusals {

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refuse(String actor, String action, String why) {
        audit.record(actor, "payment.batch.refused", null, "action=" + action + ",why=" + why);
    }
}
