package org.nstac.portal.terms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.application.RateCards;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.platform.SerialLocks;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.EngagementTerms;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.terms.domain.TermsAcceptance;
import org.nstac.portal.terms.domain.TermsRules.Action;
import org.nstac.portal.terms.domain.TermsVersion;
import org.nstac.portal.shared.MemberRef;

/**
 * The engagement terms: the version in force, publishing the next one, members' acceptances. Every method that
 * serves a person asks {@link TermsPolicy}; {@link #acceptedCurrent} and {@link #acceptedCurrentAmong} answer the
 * features that offer work and invite members (they have asked their own policy already).
 */
@ApplicationScoped
public class TermsRegister implements EngagementTerms {

    /** The terms as a member reads them: the text, the rate card on the day, and where the member stands. */
    public record Reading(String memberRef, TermsVersion version, List<Rate> rates, LocalDate ratesOn, Integer acceptedVersion,
            Instant acceptedAt) implements java.io.Serializable {

        /** Whether the member has accepted this version. */
        public boolean accepted() {
            return acceptedVersion != null && acceptedVersion == version.getVersion();
        }
    }

    /** One member as the secretariat sees them: the last version they accepted (null: none), and when. */
    public record Standing(String memberRef, String name, Integer version, Instant acceptedAt, boolean current) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SerialLocks locks;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Inject
    RateCards rateCards;

    @Inject
    MemberDirectory members;

    @Inject
    TermsPolicy policy;

    /** The version in force (the highest published); V14 publishes the first. */
    public TermsVersion current() {
        policy.require(Action.READ_CURRENT);
        return currentVersion();
    }

    /** The rate card in force today, as the terms show it. */
    public List<Rate> ratesToday() {
        policy.require(Action.READ_CURRENT);
        return rateCards.card().inForceOn(clock.today());
    }

    /** Publishes the next version: from now on, every member accepts it before their next offer or invitation. */
    @Transactional
    public TermsVersion publish(Integer version, String english, String serbian) {
        policy.require(Action.PUBLISH);
        locks.hold(SerialLocks.TERMS_VERSIONS);
        TermsVersion current = em.createQuery("select t from TermsVersion t order by t.version desc",
                TermsVersion.class).setMaxResults(1).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        TermsVersion next = TermsVersion.next(current == null ? 0 : current.getVersion(), version, english, serbian,
                clock.now(), policy.actor());
        em.persist(next);
        em.flush();
        audit.record(policy.actor(), "terms.published", null, "version=" + next.getVersion());
        return next;
    }

    /** The calling member's reading of the terms in force: text, today's card, and their acceptance. */
    public Reading mine() {
        String me = policy.self(Action.READ_OWN);
        TermsVersion current = currentVersion();
        Optional<TermsAcceptance> last = lastAcceptance(me);
        return new Reading(me, current, rateCards.card().inForceOn(clock.today()), clock.today(),
                last.map(TermsAcceptance::getVersion).orElse(null), last.map(TermsAcceptance::getAcceptedAt)
                        .orElse(null));
    }

    /**
     * The calling member accepts the version in force (once; accepting again changes nothing), audited.
     *
     * @throws org.nstac.portal.shared.DomainRuleViolation {@code terms.version.notCurrent} for any other version
     */
    @Transactional
    public Reading accept(Integer version) {
        String me = policy.self(Action.ACCEPT_OWN);
        TermsVersion current = currentVersion();
        if (version == null) {
            throw new org.nstac.portal.shared.DomainRuleViolation(TermsAcceptance.NOT_CURRENT, current.getVersion());
        }
        TermsAcceptance acceptance = TermsAcceptance.of(me, version, current, clock.now(), policy.actor());
        if (acceptanceOf(me, version).isEmpty()) {
            em.persist(acceptance);
            em.flush();
            audit.record(policy.actor(), "terms.accepted", me, "version=" + version);
        }
        return mine();
    }

    /**
     * A version the calling member accepted, with the rate card of the day they accepted it: what the PDF holds.
     *
     * @throws NotFound when the member has not accepted that version (or it does not exist)
     */
    public Reading acceptedByMe(int version) {
        String me = policy.self(Action.READ_OWN);
        TermsAcceptance acceptance = acceptanceOf(me, version).orElseThrow(NotFound::new);
        TermsVersion text = em.createQuery("select t from TermsVersion t where t.version = :v", TermsVersion.class)
                .setParameter("v", version).getSingleResult();
        LocalDate day = CouncilClock.dayOf(acceptance.getAcceptedAt());
        return new Reading(me, text, rateCards.card().inForceOn(day), day, version, acceptance.getAcceptedAt());
    }

    /** What the PDF of a version the calling member accepted holds, in the reader's language. */
    public org.nstac.portal.terms.report.TermsPdf.Content pdfOf(int version, Locale locale) {
        Reading r = acceptedByMe(version);
        return new org.nstac.portal.terms.report.TermsPdf.Content(version, CouncilClock.dayOf(r.acceptedAt()),
                members.displayName(r.memberRef(), locale), r.version().paragraphsIn(locale), r.rates(), r.ratesOn());
    }

    /** Every member taking part today, with the last version they accepted (the secretariat). */
    public List<Standing> standings(Locale locale) {
        policy.require(Action.SEE_ACCEPTANCES);
        int current = currentVersion().getVersion();
        List<String> refs = members.activeRefs(clock.today());
        Map<String, String> names = members.displayNames(refs, locale);
        Map<String, TermsAcceptance> last = new HashMap<>();
        if (!refs.isEmpty()) {
            for (TermsAcceptance a : em.createQuery("select a from TermsAcceptance a where a.memberRef in :refs "
                    + "order by a.version", TermsAcceptance.class).setParameter("refs", MemberRef.allOf(refs)).getResultList()) {
                last.put(a.getMemberRef(), a);
            }
        }
        return refs.stream().map(ref -> {
            TermsAcceptance a = last.get(ref);
            return new Standing(ref, names.get(ref), a == null ? null : a.getVersion(),
                    a == null ? null : a.getAcceptedAt(), a != null && a.getVersion() == current);
        }).toList();
    }

    /** Demo data only: a demo member accepts the version in force, as the demo data. */
    @Transactional
    public void acceptForDemo(String memberRef) {
        TermsVersion current = currentVersion();
        if (acceptanceOf(memberRef, current.getVersion()).isEmpty()) {
            em.persist(TermsAcceptance.of(memberRef, current.getVersion(), current, clock.now(), "demo-data"));
            audit.record("demo-data", "terms.accepted", memberRef, "version=" + current.getVersion());
        }
    }

    @Override
    public boolean acceptedCurrent(String memberRef) {
        return memberRef != null && acceptanceOf(memberRef, currentVersion().getVersion()).isPresent();
    }

    @Override
    public Set<String> acceptedCurrentAmong(Collection<String> memberRefs) {
        if (memberRefs.isEmpty()) {
            return Set.of();
        }
        List<MemberRef> refs = MemberRef.allOf(memberRefs);
        if (refs.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select a.memberRef from TermsAcceptance a where a.version = :v "
                + "and a.memberRef in :refs", MemberRef.class).setParameter("v", currentVersion().getVersion())
                .setParameter("refs", refs).getResultStream().map(MemberRef::value).collect(Collectors.toSet());
    }

    private TermsVersion currentVersion() {
        return em.createQuery("select t from TermsVersion t order by t.version desc", TermsVersion.class)
                .setMaxResults(1).getSingleResult();
    }

    private Optional<TermsAcceptance> lastAcceptance(String memberRef) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a from TermsAcceptance a where a.memberRef = :m order by a.version desc",
                TermsAcceptance.class).setParameter("m", ref.get()).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<TermsAcceptance> acceptanceOf(String memberRef, int version) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select a from TermsAcceptance a where a.memberRef = :m and a.version = :v",
                TermsAcceptance.class).setParameter("m", ref.get()).setParameter("v", version).getResultStream()
                .findFirst();
    }
}
