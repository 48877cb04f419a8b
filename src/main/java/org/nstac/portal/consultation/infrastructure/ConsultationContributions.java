package org.nstac.portal.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.platform.SqlValues;
import org.nstac.portal.shared.ContributionSource;

/**
 * "My contributions", the consultation's part: the member's comments (not withdrawn) with the answer each got and the
 * section of a later draft it changed, their stances on the council's positions with the owner's answer to the
 * position, and what became of each law they worked on (the outcome the owning ministry or partner recorded).
 */
@ApplicationScoped
public class ConsultationContributions implements ContributionSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Contribution> contributionsOf(String memberRef) {
        List<Contribution> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT c.id, c.consultation_id, k.title, c.posted_at, c.body,"
                + " a.disposition, a.reason, s.draft_version, s.number, s.heading FROM consultation_comment c"
                + " JOIN consultation k ON k.id = c.consultation_id"
                + " LEFT JOIN comment_answer a ON a.comment_id = c.id"
                + " LEFT JOIN consultation_section s ON s.id = a.changed_section_id"
                + " WHERE c.author_ref = ? AND c.withdrawn = FALSE ORDER BY c.id").setParameter(1, memberRef)
                .getResultList()) {
            Object[] r = (Object[]) o;
            Change change = r[7] == null ? null
                    : new Change(((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (String) r[9]);
            out.add(new Contribution(Kind.COMMENT, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    (String) r[2], instant(r[3]), (String) r[4], (String) r[5], (String) r[6], change));
        }
        for (Object o : em.createNativeQuery("SELECT s.consultation_id, k.title, s.recorded_at, s.endorsed,"
                + " p.disposition, p.reason FROM position_stance s JOIN consultation k ON k.id = s.consultation_id"
                + " JOIN council_position p ON p.consultation_id = s.consultation_id WHERE s.member_ref = ?"
                + " ORDER BY s.recorded_at").setParameter(1, memberRef).getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            out.add(new Contribution(Kind.POSITION, id, id, (String) r[1], instant(r[2]),
                    truthy(r[3]) ? "ENDORSED" : "DISSENTED", (String) r[4], (String) r[5], null));
        }
        for (Object o : em.createNativeQuery("SELECT k.id, k.title, k.outcome_at, k.outcome_link, k.outcome,"
                + " k.outcome_note FROM consultation k WHERE k.outcome IS NOT NULL AND (EXISTS (SELECT 1 FROM"
                + " consultation_comment c WHERE c.consultation_id = k.id AND c.author_ref = ? AND c.withdrawn = FALSE)"
                + " OR EXISTS (SELECT 1 FROM position_stance s WHERE s.consultation_id = k.id AND s.member_ref = ?))"
                + " ORDER BY k.id").setParameter(1, memberRef).setParameter(2, memberRef).getResultList()) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            out.add(new Contribution(Kind.OUTCOME, id, id, (String) r[1], instant(r[2]), (String) r[3],
                    (String) r[4], (String) r[5], null));
        }
        return out;
    }

    private static Instant instant(Object value) {
        return value == null ? null : SqlValues.instant(value);
    }

    private static boolean truthy(Object value) {
        return SqlValues.truth(value);
    }
}
