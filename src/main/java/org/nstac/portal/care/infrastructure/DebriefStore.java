package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.care.domain.DebriefState;
import org.nstac.portal.shared.MemberRef;

/** Debriefs as stored. No rules and no checks here. */
@ApplicationScoped
public class DebriefStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(DebriefRecord debrief) {
        em.persist(debrief);
        em.flush();
    }

    public Optional<DebriefRecord> find(long id) {
        return Optional.ofNullable(em.find(DebriefRecord.class, id));
    }

    /** The member's debrief about this piece of work, if one was offered. */
    public Optional<DebriefRecord> of(String memberRef, String about, long refId) {
        return em.createQuery("select d from DebriefRecord d where d.memberRef = :m and d.about = :a and d.refId = :r",
                DebriefRecord.class).setParameter("m", ref(memberRef)).setParameter("a", about).setParameter("r", refId)
                .getResultStream().findFirst();
    }

    public void lock(DebriefRecord debrief) {
        em.lock(debrief, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(debrief);
    }

    /** A member's debriefs, the newest first. */
    public List<DebriefRecord> of(String memberRef) {
        return em.createQuery("select d from DebriefRecord d where d.memberRef = :m order by d.id desc",
                DebriefRecord.class).setParameter("m", ref(memberRef)).getResultList();
    }

    /** Accepted debriefs that reach a person (named to their login, or to the duty when {@code duty}), newest first. */
    public List<DebriefRecord> acceptedReaching(String login, boolean duty, int limit) {
        String where = "d.supportLogin = :login" + (duty ? " or d.supportLogin is null" : "");
        return em.createQuery("select d from DebriefRecord d where d.state = :accepted and (" + where + ")"
                + " order by d.id desc", DebriefRecord.class).setParameter("accepted", DebriefState.ACCEPTED)
                .setParameter("login", login).setMaxResults(limit).getResultList();
    }

    /** How many accepted debriefs reach a person: for their dashboard. */
    public long countAcceptedReaching(String login, boolean duty) {
        String where = "d.supportLogin = :login" + (duty ? " or d.supportLogin is null" : "");
        return em.createQuery("select count(d) from DebriefRecord d where d.state = :accepted and (" + where + ")",
                Long.class).setParameter("accepted", DebriefState.ACCEPTED).setParameter("login", login)
                .getSingleResult();
    }

    /** How many debriefs offered to the member wait for their answer: for their dashboard. */
    public long countOffered(String memberRef) {
        return em.createQuery("select count(d) from DebriefRecord d where d.memberRef = :m and d.state = :offered",
                Long.class).setParameter("m", ref(memberRef)).setParameter("offered", DebriefState.OFFERED)
                .getSingleResult();
    }

    /** The reference as the entities map it; callers pass references the portal made, so a malformed one is a bug. */
    private static MemberRef ref(String memberRef) {
        return new MemberRef(memberRef);
    }
}
