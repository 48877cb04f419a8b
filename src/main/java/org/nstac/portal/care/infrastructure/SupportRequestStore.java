package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.care.domain.SupportState;
import org.nstac.portal.shared.MemberRef;

/** Support requests as stored. No rules and no checks here. */
@ApplicationScoped
public class SupportRequestStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(SupportRequestRecord request) {
        em.persist(request);
        em.flush();
    }

    public Optional<SupportRequestRecord> find(long id) {
        return Optional.ofNullable(em.find(SupportRequestRecord.class, id));
    }

    public void lock(SupportRequestRecord request) {
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
    }

    /** A member's requests, the newest first. */
    public List<SupportRequestRecord> of(String memberRef) {
        return em.createQuery("select r from SupportRequestRecord r where r.memberRef = :m order by r.id desc",
                SupportRequestRecord.class).setParameter("m", ref(memberRef)).getResultList();
    }

    /**
     * Requests that reached a person, the newest first: named to their login, to the duty when {@code duty}, and
     * those escalated when {@code chair}.
     */
    public List<SupportRequestRecord> reaching(String login, boolean duty, boolean chair, int limit) {
        String where = "r.reachedLogin = :login" + (duty ? " or r.reachedLogin is null" : "")
                + (chair ? " or r.escalatedAt is not null" : "");
        return em.createQuery("select r from SupportRequestRecord r where " + where + " order by r.id desc",
                SupportRequestRecord.class).setParameter("login", login).setMaxResults(limit).getResultList();
    }

    /** Open requests whose time to be acknowledged has passed, locked, at most {@code limit}. */
    public List<SupportRequestRecord> overdue(Instant now, int limit) {
        return em.createQuery("select r from SupportRequestRecord r where r.state = :open and r.escalateAt <= :now"
                + " order by r.id", SupportRequestRecord.class).setParameter("open", SupportState.OPEN)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit)
                .getResultList();
    }

    /** The reference as the entities map it; callers pass references the portal made, so a malformed one is a bug. */
    private static MemberRef ref(String memberRef) {
        return new MemberRef(memberRef);
    }
}
