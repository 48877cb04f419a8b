package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Named locks in the database ({@code serial_lock}) for work that must happen one request at a time across every node:
 * the caller's transaction holds the name's row until it ends, and another transaction holding the same name waits.
 * <p>
 * The row is made and locked in one statement: {@code INSERT ... ON DUPLICATE KEY UPDATE} takes the row's exclusive
 * lock whether it made the row or found it. Locking a table's last row instead ({@code ORDER BY ... DESC LIMIT 1 FOR
 * UPDATE}) also takes the gap after it, which two transactions can hold at once, and their inserts then deadlock.
 */
@ApplicationScoped
public class SerialLocks {

    /** Appends to the audit chain. */
    public static final String AUDIT_CHAIN = "audit-chain";
    /** Making a payment batch of the approved payables. */
    public static final String PAYMENT_BATCHES = "payment-batches";
    /** Adding or relabelling a content note. */
    public static final String CONTENT_NOTES = "content-notes";
    /** Publishing a version of the engagement terms. */
    public static final String TERMS_VERSIONS = "terms-versions";

    /** One member's expense claims and stipends, decided one at a time. */
    public static String paymentMember(String memberRef) {
        return "payment-member:" + memberRef;
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Holds the named lock until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String name) {
        em.createNativeQuery("INSERT INTO serial_lock (name) VALUES (?) ON DUPLICATE KEY UPDATE name = name")
                .setParameter(1, name).executeUpdate();
    }
}
