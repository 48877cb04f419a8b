package org.nstac.portal.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.learning.domain.LearningEligibility;
import org.nstac.portal.learning.domain.LearningOffer;
import org.nstac.portal.learning.domain.LearningOfferState;
import org.nstac.portal.learning.domain.LearningOpportunity;
import org.nstac.portal.learning.domain.LearningRules.Action;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.EngagementTerms;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.task.domain.Suggestion;
import org.nstac.portal.shared.MemberRef;

/**
 * Learning and retraining: the secretariat records opportunities and offers them as fairly as tasks (fewest learning
 * offers in the window first, then least paid learning time, then longest waiting); the member accepts or declines
 * without a reason; the secretariat records completion, which goes on the member's council record, books paid time
 * to the ledger at the card's learning hour, and adds the role it prepares for when the member agreed to that.
 */
@ApplicationScoped
public class Learning {

    /** The months the fairness order counts offers and paid time in, as for tasks. */
    static final int WINDOW_MONTHS = Suggestion.DEFAULT_WINDOW_MONTHS;

    /** What the secretariat types for a new opportunity. */
    public record NewOpportunity(String title, String provider, String description, LocalDate startDate,
            LocalDate endDate, String language, Integer places, BigDecimal paidHours, List<String> contentNotes,
            String rolePrepared) {
    }

    /** An opportunity with its places taken (offers not declined). */
    public record Listed(LearningOpportunity opportunity, long placesTaken) implements java.io.Serializable {
    }

    /** A member in the suggestions: ranked (position) if eligible, else the reasons why not. */
    public record Suggested(String memberRef, String pseudonym, Integer position, String reasonKey,
            List<java.io.Serializable> reasonArgs, List<String> ineligible) implements java.io.Serializable {
    }

    /** One offer with its opportunity, as the member or the secretariat reads it. */
    public record OfferView(LearningOffer offer, LearningOpportunity opportunity) implements java.io.Serializable {
    }

    /** A completion on the council record. */
    public record Completion(long offerId, String title, String provider, LocalDate startDate, LocalDate endDate,
            LocalDate completedOn, BigDecimal paidHours, String roleAdded) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    LearningPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    @Inject
    Members members;

    @Inject
    Profiles profiles;

    @Inject
    Consents consents;

    @Inject
    EngagementTerms terms;

    @Inject
    MemberDirectory directory;

    @Inject
    Notices notices;

    @Inject
    Accruals accruals;

    /** Records an opportunity (the secretariat). */
    @Transactional
    public LearningOpportunity create(NewOpportunity in) {
        policy.require(Action.MANAGE);
        if (in == null) {
            throw new DomainRuleViolation("learning.title.required");
        }
        Set<String> notes = new LinkedHashSet<>();
        Set<String> known = profiles.topicCodes();
        for (String note : in.contentNotes() == null ? List.<String>of() : in.contentNotes()) {
            if (note == null || !known.contains(note.strip())) {
                throw new DomainRuleViolation("learning.contentNote.unknown");
            }
            notes.add(note.strip());
        }
        String role = null;
        if (in.rolePrepared() != null && !in.rolePrepared().isBlank()) {
            try {
                role = MemberProfile.OfferedRole.valueOf(in.rolePrepared().strip().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException unknown) {
                throw new DomainRuleViolation("learning.role.unknown");
            }
        }
        LearningOpportunity o = new LearningOpportunity(in.title(), in.provider(), in.description(), in.startDate(),
                in.endDate(), in.language(), in.places(), in.paidHours(), notes, role, policy.actor(), clock.now());
        em.persist(o);
        em.flush();
        audit.record(policy.actor(), "learning.created", null, "opportunity=" + o.getId());
        return o;
    }

    /** Every opportunity, newest start first, with the places taken (the secretariat). */
    public List<Listed> all() {
        policy.require(Action.MANAGE);
        List<Listed> out = new ArrayList<>();
        for (LearningOpportunity o : em.createQuery("select o from LearningOpportunity o order by o.startDate desc, "
                + "o.id desc", LearningOpportunity.class).getResultList()) {
            out.add(new Listed(o, placesTaken(o.getId())));
        }
        return out;
    }

    /** One opportunity (the secretariat). */
    public LearningOpportunity find(long id) {
        policy.require(Action.MANAGE);
        return opportunity(id);
    }

    /** The offers of an opportunity (the secretariat). */
    public List<LearningOffer> offersOf(long id) {
        policy.require(Action.MANAGE);
        opportunity(id);
        return em.createQuery("select f from LearningOffer f where f.opportunityId = :o order by f.id",
                LearningOffer.class).setParameter("o", id).getResultList();
    }

    /** Every member not withdrawn: ranked if eligible and not yet offered this one, else why not. */
    public List<Suggested> suggestions(long id, Locale locale) {
        policy.require(Action.MANAGE);
        LearningOpportunity o = opportunity(id);
        Set<String> offered = em.createQuery("select f.memberRef from LearningOffer f where f.opportunityId = :o",
                MemberRef.class).setParameter("o", id).getResultStream().map(MemberRef::value)
                .collect(java.util.stream.Collectors.toSet());
        List<Member> all = members.all().stream().filter(m -> m.getStatus() != Participation.Status.WITHDRAWN)
                .toList();
        List<String> refs = all.stream().map(Member::getRef).toList();
        Map<String, String> names = directory.displayNames(refs, locale);
        Set<String> accepted = terms.acceptedCurrentAmong(refs);
        List<Suggestion.RecentRecord> eligible = new ArrayList<>();
        List<Suggested> notEligible = new ArrayList<>();
        Map<String, Suggestion.RecentRecord> records = recentRecords();
        for (Member m : all) {
            List<String> why = new ArrayList<>(LearningEligibility.whyNot(o.getContentNotes(),
                    candidate(m, accepted.contains(m.getRef()))).stream()
                    .map(LearningEligibility.Reason::messageKey).toList());
            if (offered.contains(m.getRef())) {
                why.add("learning.offer.already");
            }
            if (why.isEmpty()) {
                eligible.add(records.getOrDefault(m.getRef(), Suggestion.RecentRecord.none(m.getRef())));
            } else {
                notEligible.add(new Suggested(m.getRef(), names.get(m.getRef()), null, null, List.of(),
                        List.copyOf(why)));
            }
        }
        List<Suggested> out = new ArrayList<>();
        for (Suggestion s : Suggestion.rank(eligible, WINDOW_MONTHS)) {
            out.add(new Suggested(s.memberRef(), names.get(s.memberRef()), s.position(), "learning.suggestion.reason",
                    s.reasonArgs().stream().map(a -> (java.io.Serializable) a).toList(), List.of()));
        }
        out.addAll(notEligible);
        return out;
    }

    /**
     * Offers an opportunity to a member: eligible, not offered it before, and within its places.
     *
     * @throws DomainRuleViolation {@code learning.offer.memberUnknown}, an eligibility reason, {@code
     *                             learning.offer.already}, {@code learning.offer.full} (with the places)
     */
    @Transactional
    public LearningOffer offer(long id, String memberRef) {
        policy.require(Action.MANAGE);
        LearningOpportunity o = em.find(LearningOpportunity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new NotFound();
        }
        Member m = members.findByRef(memberRef == null ? "" : memberRef.strip())
                .orElseThrow(() -> new DomainRuleViolation("learning.offer.memberUnknown"));
        LearningEligibility.require(o.getContentNotes(), candidate(m, terms.acceptedCurrent(m.getRef())));
        boolean already = !em.createQuery("select f.id from LearningOffer f where f.opportunityId = :o and "
                + "f.memberRef = :m", Long.class).setParameter("o", id).setParameter("m", new MemberRef(m.getRef())).getResultList()
                .isEmpty();
        if (already) {
            throw new DomainRuleViolation("learning.offer.already");
        }
        if (placesTaken(id) >= o.getPlaces()) {
            throw new DomainRuleViolation("learning.offer.full", o.getPlaces());
        }
        LearningOffer offer = new LearningOffer(id, m.getRef(), clock.now(), policy.actor());
        em.persist(offer);
        em.flush();
        audit.record(policy.actor(), "learning.offered", m.getRef(), "opportunity=" + id + ",offer=" + offer.getId());
        notices.send(directory.loginOf(m.getRef()).stream().toList(), "notification.learning.offered",
                "/member/learning", o.getTitle());
        return offer;
    }

    /** The calling member accepts their offer; {@code addRole}: completing it adds the role it prepares for. */
    @Transactional
    public OfferView accept(long offerId, boolean addRole) {
        String me = policy.self(Action.ANSWER_OWN);
        LearningOffer offer = own(offerId, me);
        offer.accept(addRole, clock.now());
        audit.record(me, "learning.accepted", me, "offer=" + offerId);
        return new OfferView(offer, em.find(LearningOpportunity.class, offer.getOpportunityId()));
    }

    /** The calling member declines, without a reason and without it counting against them. */
    @Transactional
    public OfferView decline(long offerId) {
        String me = policy.self(Action.ANSWER_OWN);
        LearningOffer offer = own(offerId, me);
        offer.decline(clock.now());
        audit.record(me, "learning.declined", me, "offer=" + offerId);
        return new OfferView(offer, em.find(LearningOpportunity.class, offer.getOpportunityId()));
    }

    /**
     * The secretariat records that the member completed it: on the record, paid time to the ledger, and the role the
     * member agreed to.
     *
     * @throws DomainRuleViolation {@code learning.completion.notAccepted} for an offer never accepted; {@code
     *                             learning.completion.future} for a day after today
     */
    @Transactional
    public OfferView complete(long offerId, LocalDate on) {
        policy.require(Action.MANAGE);
        LearningOffer offer = em.find(LearningOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw new NotFound();
        }
        LearningOpportunity o = em.find(LearningOpportunity.class, offer.getOpportunityId());
        LocalDate day = on == null ? clock.today() : on;
        if (day.isAfter(clock.today())) {
            throw new DomainRuleViolation("learning.completion.future");
        }
        String roleAdded = null;
        if (offer.getState() == LearningOfferState.ACCEPTED && offer.isRoleAgreed() && o.getRolePrepared() != null
                && profiles.addAgreedRole(offer.getMemberRef(), MemberProfile.OfferedRole.valueOf(
                        o.getRolePrepared()), policy.actor())) {
            roleAdded = o.getRolePrepared();
        }
        offer.complete(day, roleAdded, clock.now(), policy.actor());
        if (o.isPaid()) {
            accruals.accrue(Accruals.WorkDone.atCardRate(Accruals.Origin.LEARNING, offer.getMemberRef(),
                    sourceKey(offerId), Activity.LEARNING_HOUR, null, o.getPaidHours(), day,
                    "Learning: " + o.getTitle(), policy.actor()));
        }
        audit.record(policy.actor(), "learning.completed", offer.getMemberRef(), "offer=" + offerId
                + (roleAdded == null ? "" : ",role=" + roleAdded));
        return new OfferView(offer, o);
    }

    /** Everything offered to the calling member, newest first. */
    public List<OfferView> mine() {
        String me = policy.self(Action.ANSWER_OWN);
        List<OfferView> out = new ArrayList<>();
        for (LearningOffer f : em.createQuery("select f from LearningOffer f where f.memberRef = :m order by f.id desc",
                LearningOffer.class).setParameter("m", new MemberRef(me)).getResultList()) {
            out.add(new OfferView(f, em.find(LearningOpportunity.class, f.getOpportunityId())));
        }
        return out;
    }

    /** The calling member's council record of learning: what they completed, oldest first. */
    public List<Completion> myRecord() {
        return completionsOf(policy.self(Action.READ_OWN_RECORD));
    }

    /** A member's completions, for the member feature's export (which has checked the caller). */
    List<Completion> completionsOf(String memberRef) {
        List<Completion> out = new ArrayList<>();
        for (LearningOffer f : em.createQuery("select f from LearningOffer f where f.memberRef = :m and f.state = :s "
                + "order by f.completedOn, f.id", LearningOffer.class).setParameter("m", new MemberRef(memberRef))
                .setParameter("s", LearningOfferState.COMPLETED).getResultList()) {
            LearningOpportunity o = em.find(LearningOpportunity.class, f.getOpportunityId());
            out.add(new Completion(f.getId(), o.getTitle(), o.getProvider(), o.getStartDate(), o.getEndDate(),
                    f.getCompletedOn(), o.getPaidHours(), f.getRoleAdded()));
        }
        return out;
    }

    /** The source key of an offer's paid learning time in the ledger. */
    public static String sourceKey(long offerId) {
        return "learning-offer:" + offerId;
    }

    private LearningOffer own(long offerId, String me) {
        LearningOffer offer = em.find(LearningOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null || !offer.getMemberRef().equals(me)) {
            throw new NotFound();
        }
        return offer;
    }

    private LearningOpportunity opportunity(long id) {
        LearningOpportunity o = em.find(LearningOpportunity.class, id);
        if (o == null) {
            throw new NotFound();
        }
        return o;
    }

    private long placesTaken(long id) {
        return em.createQuery("select count(f) from LearningOffer f where f.opportunityId = :o and f.state <> :d",
                Long.class).setParameter("o", id).setParameter("d", LearningOfferState.DECLINED).getSingleResult();
    }

    private LearningEligibility.Candidate candidate(Member m, boolean termsAccepted) {
        LocalDate today = clock.today();
        Participation.Status status = m.participation().statusOn(today);
        return new LearningEligibility.Candidate(m.getRef(), status == Participation.Status.PAUSED,
                status == Participation.Status.WITHDRAWN,
                consents.hasValidConsent(m.getRef(), ConsentPurpose.COUNCIL_WORK), termsAccepted,
                profiles.of(m.getRef()).getAvoidedTopics());
    }

    /** Learning offers in the window, the last ever, and paid learning time in the window (RSD) per member. */
    private Map<String, Suggestion.RecentRecord> recentRecords() {
        LocalDate today = clock.today();
        LocalDate since = Suggestion.windowStart(today, WINDOW_MONTHS);
        Instant from = since.atStartOfDay(CouncilClock.ZONE).toInstant();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        for (LearningOffer f : em.createQuery("select f from LearningOffer f", LearningOffer.class).getResultList()) {
            if (!f.getOfferedAt().isBefore(from)) {
                counts.computeIfAbsent(f.getMemberRef(), k -> new int[1])[0]++;
            }
            last.merge(f.getMemberRef(), CouncilClock.dayOf(f.getOfferedAt()), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, Map<Currency, BigDecimal>> earnings = accruals.earnings(Accruals.Origin.LEARNING, since, today);
        Map<String, Suggestion.RecentRecord> out = new HashMap<>();
        for (String ref : last.keySet()) {
            BigDecimal paid = earnings.getOrDefault(ref, Map.of()).getOrDefault(Currency.RSD, BigDecimal.ZERO);
            out.put(ref, new Suggestion.RecentRecord(ref, counts.getOrDefault(ref, new int[1])[0],
                    paid.max(BigDecimal.ZERO), last.get(ref)));
        }
        return out;
    }
}
