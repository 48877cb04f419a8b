package org.nstac.portal.payment.application;

import jakarta.persistence.EntityManager;

/**
 * One member's claims and stipends are decided one at a time, on the ledger's own lock row for the member (never the
 * member table). The row is made and locked in one statement: {@code INSERT ... ON DUPLICATE KEY UPDATE} takes the
 * row's exclusive lock whether it made it or found it. The former {@code INSERT IGNORE} followed by
 * {@code SELECT ... FOR UPDATE} took a shared lock first, so two requests for the same member (a claim sent twice at
 * once) each held one and waited for the other's to go: InnoDB ended one as a deadlock, a 503 for the member.
 */
final class MemberLedgerLock {

    private MemberLedgerLock() {
    }

    /** Holds the member's lock row until the transaction ends; another holder waits. */
    static void hold(EntityManager em, String memberRef) {
        em.createNativeQuery("INSERT INTO payment_member_lock (member_ref) VALUES (?)"
                + " ON DUPLICATE KEY UPDATE member_ref = member_ref").setParameter(1, memberRef).executeUpdate();
    }
}
