package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The crisis protocol's versions as stored. */
@ApplicationScoped
public class CrisisProtocolStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(CrisisProtocolRecord version) {
        em.persist(version);
        em.flush();
    }

    /** The version in force: the newest. */
    public Optional<CrisisProtocolRecord> current() {
        return em.createQuery("select p from CrisisProtocolRecord p order by p.id desc", CrisisProtocolRecord.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }
}
