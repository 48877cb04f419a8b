package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.care.domain.IncidentKind;

/** The incident log as stored. No rules and no checks here. */
@ApplicationScoped
public class IncidentStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(IncidentRecord incident) {
        em.persist(incident);
        em.flush();
    }

    public Optional<IncidentRecord> find(long id) {
        return Optional.ofNullable(em.find(IncidentRecord.class, id));
    }

    public Optional<IncidentRecord> findLocked(long id) {
        return Optional.ofNullable(em.find(IncidentRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The newest incidents first (by day, then by entry). */
    public List<IncidentRecord> latest(int limit) {
        return em.createQuery("select i from IncidentRecord i order by i.occurredOn desc, i.id desc",
                IncidentRecord.class).setMaxResults(limit).getResultList();
    }

    /** How many follow-ups wait on {@code today}: a day set that has come, not done. */
    public long followUpsDue(LocalDate today) {
        return em.createQuery("select count(i) from IncidentRecord i where i.followUpDone = false "
                + "and i.followUpOn is not null and i.followUpOn <= :today", Long.class)
                .setParameter("today", today).getSingleResult();
    }

    /** Incidents by kind with the day in {@code [from, to]}; a kind with none is left out. */
    @SuppressWarnings("unchecked")
    public Map<IncidentKind, Long> countByKind(LocalDate from, LocalDate to) {
        Map<IncidentKind, Long> out = new EnumMap<>(IncidentKind.class);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT kind, COUNT(*) FROM incident "
                + "WHERE occurred_on >= ?1 AND occurred_on <= ?2 GROUP BY kind")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).getResultList()) {
            out.put(IncidentKind.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }
}
