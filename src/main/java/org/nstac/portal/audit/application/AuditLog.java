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
import org.nstac.portal.platform.SerialLocks;

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

    @jakarta.inject.Inject
    SerialLocks locks;

    // An Instance: the key reads the last sequence from this log when it is first created.
    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<AuditKey> key;

    /** Must run inside a transaction: an audit record outside the action's transaction would prove nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subjectRef, String details) {
        // Appends line up on a lock of their own. Locking the last entry alone also took the gap after it, which two
        // appends could hold at once, and their inserts then deadlocked (InnoDB ended one, a 503).
        locks.hold(SerialLocks.AUDIT_CHAIN);
        // The chain's last entry, with a locking (current) read: nobody else appends while this one holds the row.
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery(
                "SELECT sequence FROM audit_entry ORDER BY sequence DESC LIMIT 1 FOR UPDATE").getResultList();
        // Read the last entry with a locking (current) read as well: a plain find reads this transaction's snapshot,
        // which may be older than the entry another node or thread committed while this one waited for the lock,
        // and would then start the chain again at 1.
        AuditEntryRecord previous = last.isEmpty() ? null
                : em.find(AuditEntryRecord.class, ((Number) last.get(0)).longValue(),
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        SimpleEntry entry = SimpleEntry.next(previous, now, actor, action, subjectRef, details);
        em.persist(new AuditEntryRecord(entry));
        em.flush();
        em.createNativeQuery("INSERT INTO audit_checkpoint (sequence, signature) VALUES (?1, ?2)")
                .setParameter(1, entry.sequence())
                .setParameter(2, key.get().signer().sign(entry.sequence(), entry.hash())).executeUpdate();
    }

    /** The sequence of the last entry; 0 when the log is empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long lastSequence() {
        Object last = em.createNativeQuery("SELECT COALESCE(MAX(sequence), 0) FROM audit_entry").getSingleResult();
        return ((Number) last).longValue();
    }

    /** Checks the whole chain and names the first broken entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditVerifier.Verification verify() {
        List<AuditEntryRecord> entries = em.createQuery(
                "select e from AuditEntryRecord e order by e.sequence", AuditEntryRecord.class).getResultList();
        java.util.Map<Long, String> signatures = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT sequence, signature FROM audit_checkpoint").getResultList()) {
            Object[] r = (Object[]) row;
            signatures.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return AuditVerifier.verify(entries, signatures, key.get().signer(), key.get().signedFrom());
    }

    public long count() {
        return em.createQuery("select count(e) from AuditEntryRecord e", Long.class).getSingleResult();
    }
}
