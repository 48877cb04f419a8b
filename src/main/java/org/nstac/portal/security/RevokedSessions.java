package org.nstac.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keycloak sessions that Keycloak has ended (a back-channel logout: the person signed out elsewhere, an administrator
 * disabled the account or ended its sessions). Kept in the database so that every node learns of it; each node reads
 * the list again at most every {@link #FRESH} and ends the portal session that belongs to an ended Keycloak session on
 * its next request.
 */
@ApplicationScoped
public class RevokedSessions {

    /** How long a node may answer from the list it read last. */
    static final Duration FRESH = Duration.ofSeconds(2);
    /** Keycloak ends every session within this anyway (the realm's longest session lifespan). */
    private static final Duration KEEP = Duration.ofHours(12);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private volatile Set<String> known = Set.of();
    private volatile Instant readAt = Instant.EPOCH;

    @Transactional
    public void revoke(String keycloakSessionId) {
        em.createNativeQuery("INSERT IGNORE INTO revoked_session (sid, revoked_at) VALUES (?1, ?2)")
                .setParameter(1, keycloakSessionId).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
        Set<String> next = new HashSet<>(known);
        next.add(keycloakSessionId);
        known = Set.copyOf(next);
    }

    public boolean isRevoked(String keycloakSessionId) {
        if (Instant.now().isAfter(readAt.plus(FRESH))) {
            reload();
        }
        return known.contains(keycloakSessionId);
    }

    @SuppressWarnings("unchecked")
    @Transactional
    void reload() {
        List<String> rows = em.createNativeQuery("SELECT sid FROM revoked_session WHERE revoked_at > ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(KEEP))).getResultList();
        known = Set.copyOf(rows);
        readAt = Instant.now();
    }
}
