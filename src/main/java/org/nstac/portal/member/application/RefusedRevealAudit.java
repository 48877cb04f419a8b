package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.nstac.portal.security.AreaRefused;
import org.nstac.portal.security.Role;

/** Someone without the custodian role tried the identity pages: that attempt belongs in the audit chain. */
@ApplicationScoped
public class RefusedRevealAudit {

    @Inject
    IdentityReveals reveals;

    void onRefusal(@Observes AreaRefused refusal) {
        if (refusal.area() == Role.CUSTODIAN) {
            reveals.refuse(refusal.caller(), null);
        }
    }
}
