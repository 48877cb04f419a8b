package org.nstac.portal.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.nstac.portal.audit.domain.AuditVerifier;
import org.nstac.portal.audit.domain.SimpleEntry;
import org.nstac.portal.audit.infrastructure.AuditEntryRecord;

/**
 * Appends to the audit chain inside the caller's transaction, so the record and the action commit or fail together.
 * Entries name references (member ref, login handle), never personal data, so erasing a member never breaks the
 * chain.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    /** Must run inside a transaction: an audit record outside the action's transaction would prove nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subjectRef, String details) {
        // Lock the chain's last entry so concurrent appends line up one after the other.
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery(
                "SELECT sequence FROM audit_entry ORDER BY sequence DESC LIMIT 1 FOR UPDATE").getResultList();
        AuditEntryRecord previous = last.isEmpty() ? null
                : em.find(AuditEntryRecord.class, ((Number) last.get(0)).longValue());
        Instant now = clock.now();
        em.persist(new AuditEntryRecord(SimpleEntry.next(previous, now, actor, action, subjectRef, details)));
        em.flush();
    }

    /** Checks the whole chain and names the first broken entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditVerifier.Verification verify() {
        List<AuditEntryRecord> entries = em.createQuery(
                "select e from AuditEntryRecord e order by e.sequence", AuditEntryRecord.class).getResultList();
        return AuditVerifier.verify(entries);
    }

    public long count() {
        return em.createQuery("select count(e) from AuditEntryRecord e", Long.class).getSingleResult();
    }
}
