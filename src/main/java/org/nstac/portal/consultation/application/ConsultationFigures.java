package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.shared.CouncilClock;

/**
 * Counts about the council's consultation work in a period, for charts: never a comment, a pseudonym or a member
 * reference, only numbers. The page that shows them (the fairness view) decides who reads them.
 */
@ApplicationScoped
public class ConsultationFigures {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** How the ministries answered comments in the period (by the day of the answer), every disposition present. */
    @SuppressWarnings("unchecked")
    public Map<Disposition, Long> answersByDisposition(LocalDate from, LocalDate to) {
        Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            counts.put(d, 0L);
        }
        List<Object[]> rows = em.createNativeQuery("SELECT disposition, COUNT(*) FROM comment_answer WHERE "
                + "answered_at >= ?1 AND answered_at < ?2 GROUP BY disposition")
                .setParameter(1, from.atStartOfDay(CouncilClock.ZONE).toInstant())
                .setParameter(2, to.plusDays(1).atStartOfDay(CouncilClock.ZONE).toInstant()).getResultList();
        for (Object[] row : rows) {
            counts.put(Disposition.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Per month of the period (council's calendar), how many members wrote at least one comment or reply; a
     * withdrawn comment does not count.
     */
    @SuppressWarnings("unchecked")
    public Map<YearMonth, Long> commentersByMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, java.util.Set<String>> who = new TreeMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT author_ref, posted_at FROM consultation_comment WHERE "
                + "posted_at >= ?1 AND posted_at < ?2 AND withdrawn = FALSE")
                .setParameter(1, from.atStartOfDay(CouncilClock.ZONE).toInstant())
                .setParameter(2, to.plusDays(1).atStartOfDay(CouncilClock.ZONE).toInstant()).getResultList();
        for (Object[] row : rows) {
            YearMonth month = YearMonth.from(CouncilClock.dayOf(org.nstac.portal.platform.SqlValues.instant(row[1])));
            who.computeIfAbsent(month, m -> new java.util.HashSet<>()).add((String) row[0]);
        }
        Map<YearMonth, Long> counts = new TreeMap<>();
        who.forEach((month, members) -> counts.put(month, (long) members.size()));
        return counts;
    }
}
