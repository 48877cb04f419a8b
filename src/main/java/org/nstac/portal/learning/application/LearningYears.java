package org.nstac.portal.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learning over a period, for the annual report (issue 19: "in the annual figures"): per member (opaque reference),
 * offers made in the period, offers taken up in it (accepted, whether completed since or not) and completions on a
 * day of it.
 */
@ApplicationScoped
public class LearningYears {

    public record Year(Map<String, Long> offered, Map<String, Long> accepted, Map<String, Long> completed) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Year between(Instant start, Instant end, LocalDate from, LocalDate to) {
        Timestamp s = Timestamp.from(start);
        Timestamp e = Timestamp.from(end);
        return new Year(
                perMember("SELECT member_ref, COUNT(*) FROM learning_offer WHERE offered_at >= ?1 AND offered_at < ?2 "
                        + "GROUP BY member_ref", s, e),
                perMember("SELECT member_ref, COUNT(*) FROM learning_offer WHERE state IN ('ACCEPTED', 'COMPLETED') "
                        + "AND responded_at >= ?1 AND responded_at < ?2 GROUP BY member_ref", s, e),
                perMember("SELECT member_ref, COUNT(*) FROM learning_offer WHERE state = 'COMPLETED' AND completed_on "
                        + ">= ?1 AND completed_on <= ?2 GROUP BY member_ref", Date.valueOf(from), Date.valueOf(to)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> perMember(String sql, Object from, Object to) {
        Map<String, Long> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to)
                .getResultList()) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
