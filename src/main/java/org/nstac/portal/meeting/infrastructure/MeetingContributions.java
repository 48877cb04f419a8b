package org.nstac.portal.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nstac.portal.platform.SqlValues;
import org.nstac.portal.shared.ContributionSource;

/** "My contributions", the meetings' part: each meeting the member attended (wholly or partly), as recorded. */
@ApplicationScoped
public class MeetingContributions implements ContributionSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Contribution> contributionsOf(String memberRef) {
        return em.createNativeQuery("SELECT m.id, m.title, m.starts_at, a.presence, m.consultation_id"
                + " FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id WHERE a.member_ref = ?"
                + " AND a.presence <> 'ABSENT' ORDER BY m.starts_at").setParameter(1, memberRef).getResultList()
                .stream().map(o -> {
                    Object[] r = (Object[]) o;
                    return new Contribution(Kind.MEETING, ((Number) r[0]).longValue(),
                            r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[1],
                            SqlValues.instant(r[2]), (String) r[3], null, null, null);
                }).toList();
    }
}
