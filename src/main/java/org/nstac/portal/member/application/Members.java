package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.shared.NotFound;

/** Finds members. {@code findX} returns Optional; nothing here ever touches the vault. */
@ApplicationScoped
@Transactional
public class Members {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MemberPolicy policy;

    public Optional<Member> findByRef(String ref) {
        return em.createQuery("select m from Member m where m.ref = :ref", Member.class)
                .setParameter("ref", ref).getResultStream().findFirst();
    }

    public Optional<Member> findByLogin(String login) {
        return em.createQuery("select m from Member m where m.login = :login", Member.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    public boolean pseudonymTaken(String pseudonym) {
        return !em.createQuery("select m.id from Member m where lower(m.pseudonym) = lower(:p)", Long.class)
                .setParameter("p", pseudonym).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean loginTaken(String login) {
        return !em.createQuery("select m.id from Member m where m.login = :login", Long.class)
                .setParameter("login", login).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The members by pseudonym, for those who organise the council's work.
     *
     * @throws NotFound when the caller may not list members
     */
    public List<Member> list() {
        policy.require(MemberAction.LIST);
        return all();
    }

    /**
     * One member's record (never the identity), for the secretariat, the custodian and the member themself.
     *
     * @throws NotFound when there is no such member, or the caller may not read it
     */
    public Member record(String ref) {
        policy.require(MemberAction.READ_RECORD, ref);
        return findByRef(ref).orElseThrow(NotFound::new);
    }

    /** Every member, for other features' services (which decide themselves who may see what of it). */
    public List<Member> all() {
        return em.createQuery("select m from Member m order by m.pseudonym", Member.class).getResultList();
    }

    /**
     * Binds a member not yet linked to a Keycloak account to the one that has just signed in with the member's login
     * (demo members, made by the realm import). Its own transaction: a read may trigger it.
     *
     * <p>One conditional update, not a read and a write: a member's first requests often come several at once (a
     * page and its calls, two nodes), and each of them binds. The database lets the first one set the account and the
     * others find it set; with a read and a write, the second one's commit failed on the row's version and its
     * request answered 500 (CI run 24, under load).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void bindAccount(String ref, String keycloakId) {
        em.createQuery("update Member m set m.keycloakId = :k, m.version = m.version + 1 "
                + "where m.ref = :r and m.keycloakId is null").setParameter("k", keycloakId).setParameter("r", ref)
                .executeUpdate();
    }
}
