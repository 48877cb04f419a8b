package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.care.domain.QuoteState;
import org.nstac.portal.shared.MemberRef;

/** Quotes as stored. No rules and no checks here. */
@ApplicationScoped
public class QuoteStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void add(QuoteRecord quote) {
        em.persist(quote);
        em.flush();
    }

    public Optional<QuoteRecord> find(long id) {
        return Optional.ofNullable(em.find(QuoteRecord.class, id));
    }

    public Optional<QuoteRecord> findLocked(long id) {
        return Optional.ofNullable(em.find(QuoteRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<QuoteRecord> of(String memberRef) {
        return em.createQuery("select q from QuoteRecord q where q.memberRef = :m order by q.id desc",
                QuoteRecord.class).setParameter("m", ref(memberRef)).getResultList();
    }

    /** Every quote, or only those in a state, the newest first. */
    public List<QuoteRecord> all(QuoteState state, int limit) {
        return (state == null
                ? em.createQuery("select q from QuoteRecord q order by q.id desc", QuoteRecord.class)
                : em.createQuery("select q from QuoteRecord q where q.state = :s order by q.id desc",
                        QuoteRecord.class).setParameter("s", state)).setMaxResults(limit).getResultList();
    }

    /** The reference as the entities map it; callers pass references the portal made, so a malformed one is a bug. */
    private static MemberRef ref(String memberRef) {
        return new MemberRef(memberRef);
    }
}
