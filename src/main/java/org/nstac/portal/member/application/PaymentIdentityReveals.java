package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.infrastructure.IdentityRevealRecord;
import org.nstac.portal.payment.application.PayeeIdentities;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * The bank file's reveal: the name and account of each member in one file, opened here in the member feature, each
 * opening written to the member's reveal log (they see who, when and why) and to the audit chain, in the file's
 * transaction.
 */
@ApplicationScoped
public class PaymentIdentityReveals implements PayeeIdentities {

    static final String FIELDS = "iban,legal_name";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    IdentityVault vault;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Payee> forBankFile(Collection<String> memberRefs, String actor, String reason) {
        Map<String, Payee> payees = new LinkedHashMap<>();
        for (String ref : memberRefs) {
            vault.open(ref).ifPresent(identity -> {
                em.persist(new IdentityRevealRecord(ref, actor, FIELDS, reason, clock.now()));
                audit.record(actor, "identity.revealed", ref, "fields=" + FIELDS + ",purpose=payment");
                payees.put(ref, new Payee(identity.legalName(), identity.iban(), identity.paidThroughPartner()));
            });
        }
        return payees;
    }
}
