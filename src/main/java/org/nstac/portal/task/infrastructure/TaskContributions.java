package org.nstac.portal.task.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.nstac.portal.platform.SqlValues;
import org.nstac.portal.shared.ContributionSource;

/** "My contributions", the tasks' part: each task the member did whose work the secretariat accepted. */
@ApplicationScoped
public class TaskContributions implements ContributionSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Contribution> contributionsOf(String memberRef) {
        return em.createNativeQuery("SELECT o.id, t.title, o.reviewed_at, o.hours_accepted, t.consultation_id"
                + " FROM task_offer o JOIN task t ON t.id = o.task_id WHERE o.member_ref = ?"
                + " AND o.review_state = 'ACCEPTED' ORDER BY o.id").setParameter(1, memberRef).getResultList()
                .stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new Contribution(Kind.TASK, ((Number) r[0]).longValue(),
                            r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[1],
                            r[2] == null ? null : SqlValues.instant(r[2]),
                            r[3] == null ? null : ((BigDecimal) r[3]).stripTrailingZeros().toPlainString(), null, null,
                            null);
                }).toList();
    }
}
