package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.task.domain.OfferState;

/**
 * Task offers over a period, for the annual report: per member (opaque reference), offers made in the period and
 * those of them the member took on (accepted, or handed in for review), as the fairness view counts them.
 */
@ApplicationScoped
public class TaskYears {

    public record Year(Map<String, Long> offered, Map<String, Long> accepted) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Year between(Instant start, Instant end) {
        Map<String, Long> offered = new HashMap<>();
        Map<String, Long> accepted = new HashMap<>();
        for (Object[] r : em.createQuery("select o.memberRef, count(o), sum(case when o.state = :accepted or "
                + "o.reviewState is not null then 1 else 0 end) from OfferRecord o where o.offeredAt >= :s and "
                + "o.offeredAt < :e group by o.memberRef", Object[].class).setParameter("accepted", OfferState.ACCEPTED)
                .setParameter("s", start).setParameter("e", end).getResultList()) {
            offered.put(((MemberRef) r[0]).value(), ((Number) r[1]).longValue());
            long taken = ((Number) r[2]).longValue();
            if (taken > 0) {
                accepted.put(((MemberRef) r[0]).value(), taken);
            }
        }
        return new Year(offered, accepted);
    }

    /** How many members were offered a task in each month of the period (council months; a member once a month). */
    public Map<java.time.YearMonth, Long> offeredByMonth(Instant start, Instant end) {
        Map<java.time.YearMonth, java.util.Set<String>> who = new java.util.TreeMap<>();
        for (Object[] r : em.createQuery("select o.memberRef, o.offeredAt from OfferRecord o where o.offeredAt >= :s "
                + "and o.offeredAt < :e", Object[].class).setParameter("s", start).setParameter("e", end)
                .getResultList()) {
            who.computeIfAbsent(java.time.YearMonth.from(org.nstac.portal.shared.CouncilClock.dayOf((Instant) r[1])),
                    k -> new java.util.HashSet<>()).add(((MemberRef) r[0]).value());
        }
        Map<java.time.YearMonth, Long> counts = new java.util.TreeMap<>();
        who.forEach((month, members) -> counts.put(month, (long) members.size()));
        return counts;
    }
}
