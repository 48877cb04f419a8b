package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.notification.Notifications;

/**
 * An admission whose e-mail or phone is already a member's. The secretariat is not told whose, nor even that it is a
 * duplicate (the check must not become a way to ask "is this person a member?"); the identity custodian is told to
 * look into it, and the attempt is audited with who made it. Its own transaction: the admission itself rolls back.
 */
@ApplicationScoped
public class AdmissionConflicts {

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void report(String actor) {
        audit.record(actor, "member.admission.contactConflict", null, null);
        notifications.send(List.of(Notifications.ROLE_PREFIX + "custodian"), "notification.admission.conflict",
                "/custodian/dashboard");
    }
}
