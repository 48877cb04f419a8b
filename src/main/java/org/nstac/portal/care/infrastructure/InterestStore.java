package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.shared.MemberRef;

/** Declared interests and step-asides as stored. No rules and no checks here. */
@ApplicationScoped
public class InterestStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<InterestRecord> of(String login) {
        return em.createQuery("select i from InterestRecord i where i.ownerLogin = :l order by i.id",
                InterestRecord.class).setParameter("l", login).getResultList();
    }

    /** Replaces a person's declaration with these rows, kept in the order given (ids follow it). */
    public void replace(String login, List<InterestRecord> rows) {
        em.createQuery("delete from InterestRecord i where i.ownerLogin = :l").setParameter("l", login)
                .executeUpdate();
        for (InterestRecord row : rows) {
            // One insert at a time: EclipseLink may write new rows of one flush in any order.
            em.persist(row);
            em.flush();
        }
    }

    public List<InterestRecord> ofMembers(Collection<String> memberRefs) {
        if (memberRefs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from InterestRecord i where i.memberRef in :refs order by i.id",
                InterestRecord.class).setParameter("refs", memberRefs.stream().map(MemberRef::new).toList())
                .getResultList();
    }

    public Optional<StepAsideRecord> stepAside(long consultationId, String memberRef) {
        return em.createQuery("select s from StepAsideRecord s where s.consultationId = :c and s.memberRef = :m",
                StepAsideRecord.class).setParameter("c", consultationId).setParameter("m", ref(memberRef))
                .getResultStream().findFirst();
    }

    public void add(StepAsideRecord s) {
        em.persist(s);
        em.flush();
    }

    public List<StepAsideRecord> stepAsidesOf(String memberRef) {
        return em.createQuery("select s from StepAsideRecord s where s.memberRef = :m order by s.id",
                StepAsideRecord.class).setParameter("m", ref(memberRef)).getResultList();
    }

    public List<StepAsideRecord> stepAsidesOn(long consultationId) {
        return em.createQuery("select s from StepAsideRecord s where s.consultationId = :c order by s.id",
                StepAsideRecord.class).setParameter("c", consultationId).getResultList();
    }

    /** The reference as the entities map it; callers pass references the portal made, so a malformed one is a bug. */
    private static MemberRef ref(String memberRef) {
        return new MemberRef(memberRef);
    }
}
