package org.nstac.portal.task.application;

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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consent.domain.EventConsent;
import org.nstac.portal.consent.domain.EventConsentScope;
import org.nstac.portal.consent.application.EventConsents;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DeclaredInterests;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.task.domain.Candidate;
import org.nstac.portal.task.domain.Eligibility;
import org.nstac.portal.shared.EngagementTerms;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.Suggestion;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.TaskPay;
import org.nstac.portal.task.domain.TaskState;
import org.nstac.portal.task.domain.TaskTerms;
import org.nstac.portal.task.domain.TaskSafetyPlan;
import org.nstac.portal.task.domain.TaskSafetyRules;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskSafetyPlanStore;
import org.nstac.portal.task.infrastructure.TaskRecord;

/**
 * Offering tasks fairly: the ranked suggestions (fewest offers and least earned in the window first, from the ledger
 * and net of reversals), offers only to eligible members, and the member's answer, asked without a reason.
 */
@ApplicationScoped
public class TaskOffers {

    public static final int WINDOW_MONTHS = 6;

    /** One member in the suggestion list: eligible ones ranked with a reason, the others with why not. */
    public record Suggested(String memberRef, String pseudonym, Integer position, String reasonKey,
            List<Object> reasonArgs, List<String> ineligible, List<DeclaredInterests.Interest> interests) {
    }

    /** A task as the member it was offered to sees it, with what it pays (per unit and so far, on the card). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MemberTask")
    public record MemberTask(long offerId, long taskId, String title, String outcome, String kind, LocalDate deadline,
            OfferState offerState, Instant expiresAt, BigDecimal estimatedHours, String payBasis, BigDecimal rate,
            String currency, BigDecimal hoursLogged, BigDecimal pays, boolean overEstimate, String reviewState,
            String reviewComment, TaskState taskState, TaskSafetyPlan safetyPlan) {
    }

    /** The member's hours this month against the capacity they set. */
    public record MonthHours(BigDecimal committed, int capacity) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    EventConsents eventConsents;

    @Inject
    DeclaredInterests declaredInterests;

    @Inject
    AuditLog audit;

    @Inject
    Profiles profiles;

    @Inject
    Members members;

    @Inject
    Consents consents;

    @Inject
    Notices notices;

    @Inject
    MemberDirectory directory;

    @Inject
    CouncilClock clock;

    @Inject
    TaskPolicy policy;

    @Inject
    TaskCatalogue catalogue;

    @Inject
    TaskPricing pricing;

    @Inject
    WorkLogs workLogs;

    @Inject
    Accruals accruals;

    @Inject
    EngagementTerms engagementTerms;

    @Inject
    TaskSafetyPlanStore safetyPlans;

    /** The offers of a task (the secretariat). */
    public List<OfferRecord> offersOf(long taskId) {
        policy.require(TaskAction.LIST_ALL);
        catalogue.find(taskId);
        return em.createQuery("select o from OfferRecord o where o.taskId = :t order by o.id", OfferRecord.class)
                .setParameter("t", taskId).getResultList();
    }

    /** Every active member, ranked if eligible (fewest offers and earnings in the window first), else why not. */
    public List<Suggested> suggestions(long taskId) {
        policy.require(TaskAction.SUGGEST);
        TaskRecord task = catalogue.find(taskId);
        TaskTerms terms = TaskCatalogue.terms(task);
        Map<String, String> pseudonyms = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Member m : members.all()) {
            if (m.getStatus() == Participation.Status.WITHDRAWN) {
                continue;
            }
            pseudonyms.put(m.getRef(), m.getPseudonym());
            candidates.add(candidate(m));
        }
        // Interests members declared, shown beside each name so the secretariat can weigh them (never a log).
        Map<String, List<DeclaredInterests.Interest>> interests = declaredInterests.ofMembers(pseudonyms.keySet());
        LocalDate since = Suggestion.windowStart(clock.today(), WINDOW_MONTHS);
        Currency currency = task.getCurrency();
        List<Suggested> out = new ArrayList<>();
        // A member who has not accepted the engagement terms in force is not offered work until they have: listed
        // with the reason, never ranked.
        Set<String> accepted = engagementTerms.acceptedCurrentAmong(pseudonyms.keySet());
        List<Candidate> bound = candidates.stream().filter(c -> accepted.contains(c.memberRef())).toList();
        for (Suggestion s : Suggestion.forTask(terms, bound, recentRecords(since, currency), WINDOW_MONTHS)) {
            List<Object> args = new ArrayList<>(s.reasonArgs());
            args.add(currency.name());
            out.add(new Suggested(s.memberRef(), pseudonyms.get(s.memberRef()), s.position(), s.reasonKey(),
                    List.copyOf(args), List.of(), interests.getOrDefault(s.memberRef(), List.of())));
        }
        for (Candidate c : candidates) {
            List<String> why = new ArrayList<>(Eligibility.whyNot(terms, c).stream()
                    .map(Eligibility.Reason::messageKey).toList());
            if (!accepted.contains(c.memberRef())) {
                why.add(EngagementTerms.REQUIRED);
            }
            if (!why.isEmpty()) {
                out.add(new Suggested(c.memberRef(), pseudonyms.get(c.memberRef()), null, null, List.of(),
                        List.copyOf(why), interests.getOrDefault(c.memberRef(), List.of())));
            }
        }
        return out;
    }

    @Transactional
    public OfferRecord offer(long taskId, String memberRef) {
        policy.require(TaskAction.OFFER);
        TaskRecord task = em.find(TaskRecord.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new NotFound();
        }
        if (task.getState() != TaskState.OPEN) {
            throw new DomainRuleViolation("task.state.notAllowed");
        }
        // An exposing task is offered only with its safety plan, so the member weighs the offer with it in front of them.
        Optional<TaskSafetyPlan> plan = safetyPlans.planOf(taskId);
        TaskSafetyRules.requireCanOffer(task.getKind(), task.isPublicFacing(), task.isMediaPresent(), plan.isPresent());
        Member member = members.findByRef(memberRef == null ? "" : memberRef)
                .orElseThrow(() -> new DomainRuleViolation("task.offer.memberUnknown"));
        Candidate candidate = candidate(member);
        Eligibility.require(TaskCatalogue.terms(task), candidate);
        requirePlanConsents(plan, candidate);
        engagementTerms.require(member.getRef());
        boolean already = !em.createQuery("select o from OfferRecord o where o.taskId = :t and o.memberRef = :m",
                OfferRecord.class).setParameter("t", taskId).setParameter("m", new MemberRef(member.getRef()))
                .getResultList().isEmpty();
        if (already) {
            throw new DomainRuleViolation("task.offer.already");
        }
        Instant now = clock.now();
        OfferRecord offer = new OfferRecord(taskId, member.getRef(), OfferState.OFFERED, now, policy.actor(),
                OfferState.expiresAt(now));
        em.persist(offer);
        em.flush();
        audit.record(policy.actor(), "task.offered", memberRef, "task=" + taskId + ",offer=" + offer.getId());
        notices.send(directory.loginOf(memberRef).stream().toList(), "notification.task.offered", "/member/tasks",
                task.getTitle());
        return offer;
    }

    /** The calling member accepts or declines: no reason asked, no penalty (suggestions count offers, not answers). */
    @Transactional
    public OfferRecord respond(long offerId, boolean accept) {
        OfferRecord offer = em.find(OfferRecord.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null || !policy.may(TaskAction.ANSWER_OFFER, offer.getTaskId())) {
            throw new NotFound();
        }
        String memberRef = policy.memberRef();
        if (!offer.getMemberRef().equals(memberRef)) {
            throw new NotFound();
        }
        OfferState state = offer.getState();
        if (state == OfferState.OFFERED && !offer.getExpiresAt().isAfter(clock.now())) {
            offer.respond(OfferState.EXPIRED, clock.now());
            throw new DomainRuleViolation("task.offer.expired");
        }
        if (accept) {
            TaskRecord task = catalogue.find(offer.getTaskId());
            Candidate candidate = candidate(members.findByRef(memberRef).orElseThrow(NotFound::new));
            Eligibility.require(TaskCatalogue.terms(task), candidate);
            Optional<TaskSafetyPlan> plan = safetyPlans.planOf(task.getId());
            requirePlanConsents(plan, candidate);
            if (state != OfferState.ACCEPTED) {
                eventConsents.giveOnAcceptance(memberRef, EventConsent.About.TASK, task.getId(), task.getTitle(),
                        task.getDeadline(), eventScope(task, plan));
            }
        }
        OfferState next = state.moveTo(accept ? OfferState.ACCEPTED : OfferState.DECLINED);
        offer.respond(next, clock.now());
        audit.record(memberRef, accept ? "task.accepted" : "task.declined", memberRef, "offer=" + offerId);
        return offer;
    }

    /** Everything offered to the calling member, newest first, with what each pays so far. */
    public List<MemberTask> mine() {
        policy.require(TaskAction.LIST_OWN);
        String memberRef = policy.memberRef();
        LocalDate today = clock.today();
        List<OfferRecord> offers = em.createQuery(
                "select o from OfferRecord o where o.memberRef = :m order by o.id desc", OfferRecord.class)
                .setParameter("m", new MemberRef(memberRef)).getResultList();
        // A member with many offers gets their page from a handful of queries, not five for each offer: the tasks,
        // the hours, the ledger's amounts and the card are read once for the list, a plan only for a task with one.
        Map<Long, BigDecimal> logged = workLogs.hoursLoggedByOffer(offers.stream().map(OfferRecord::getId).toList());
        Map<Long, Money> booked = booked(offers);
        Map<Long, TaskRecord> tasks = catalogue.byIds(offers.stream().map(OfferRecord::getTaskId).distinct().toList());
        Accruals.CardRates card = pricing.cardOn(today);
        Set<Long> planned = offers.isEmpty() ? Set.of() : safetyPlans.tasksWithPlan();
        List<MemberTask> out = new ArrayList<>();
        for (OfferRecord o : offers) {
            TaskRecord t = tasks.get(o.getTaskId());
            BigDecimal hours = logged.getOrDefault(o.getId(), BigDecimal.ZERO);
            TaskPay pay = TaskPay.forTerms(TaskCatalogue.terms(t), hours.signum() == 0 ? t.getEstimatedHours()
                    : hours);
            Money unit = TaskPricing.unitRate(t, card);
            Money pays = booked.getOrDefault(o.getId(), TaskPricing.amount(unit, pay));
            out.add(new MemberTask(o.getId(), t.getId(), t.getTitle(), t.getOutcome(), t.getKind(), t.getDeadline(),
                    o.getState(), o.getExpiresAt(), t.getEstimatedHours(), t.getPayBasis().name(), unit.amount(),
                    unit.currency().name(), hours, pays.amount(), o.getHoursAccepted() == null ? pay.overEstimate()
                            : o.isOverEstimate(),
                    o.getReviewState() == null ? null : o.getReviewState().name(), o.getReviewComment(),
                    t.getState(), planned.contains(t.getId()) ? safetyPlans.planOf(t.getId()).orElse(null) : null));
        }
        return out;
    }

    /** The calling member's hours this month against their capacity. */
    public MonthHours hoursThisMonth() {
        policy.require(TaskAction.LIST_OWN);
        String memberRef = policy.memberRef();
        return new MonthHours(committedThisMonth(memberRef), profiles.of(memberRef).getHoursPerMonth());
    }

    /** What the ledger booked for each of the offers whose hours were accepted (the first payable of each). */
    private Map<Long, Money> booked(List<OfferRecord> offers) {
        Map<String, Long> byKey = new HashMap<>();
        for (OfferRecord o : offers) {
            if (o.getHoursAccepted() != null) {
                byKey.put(TaskPricing.sourceKey(o.getId()), o.getId());
            }
        }
        Map<Long, Money> booked = new HashMap<>();
        for (Accruals.Accrued accrued : accruals.bySourceKeys(byKey.keySet())) {
            booked.putIfAbsent(byKey.get(accrued.sourceKey()), accrued.amount());
        }
        return booked;
    }

    /**
     * What accepting the task consents to for this one event: appearing in public, photographs, recording, from its
     * terms and its safety plan (the acceptance screen says it, the acceptance records it).
     */
    public static EventConsentScope eventScope(TaskRecord task, Optional<TaskSafetyPlan> plan) {
        Set<ConsentPurpose> needed = EnumSet.noneOf(ConsentPurpose.class);
        needed.addAll(TaskCatalogue.terms(task).consentsNeeded());
        plan.ifPresent(p -> needed.addAll(p.consentsNeeded()));
        return EventConsentScope.of(needed, plan.map(TaskSafetyPlan::photographsAllowed).orElse(false),
                plan.map(TaskSafetyPlan::recordingAllowed).orElse(false));
    }

    /** {@link #eventScope(TaskRecord, Optional)} of a task, by id, for the member's offer page. */
    public EventConsentScope eventScope(long taskId) {
        return eventScope(catalogue.find(taskId), safetyPlans.planOf(taskId));
    }

    /**
     * A plan that allows photographs or a recording reaches only members who agreed to photographs.
     *
     * @throws DomainRuleViolation {@code task.safety.consentMissing} otherwise
     */
    private static void requirePlanConsents(Optional<TaskSafetyPlan> plan, Candidate candidate) {
        if (plan.isPresent() && !candidate.validConsents().containsAll(plan.get().consentsNeeded())) {
            throw new DomainRuleViolation("task.safety.consentMissing");
        }
    }

    Candidate candidate(Member m) {
        MemberProfile profile = profiles.of(m.getRef());
        Set<ConsentPurpose> valid = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (consents.hasValidConsent(m.getRef(), p)) {
                valid.add(p);
            }
        }
        return new Candidate(m.getRef(), m.participation().statusOn(clock.today()), profile.getRolesOffered(),
                profile.getAvoidedTopics(), profile.getHoursPerMonth(), committedThisMonth(m.getRef()), valid);
    }

    /** Hours the member has taken on this month: the estimates of accepted tasks due this month or open. */
    BigDecimal committedThisMonth(String memberRef) {
        LocalDate first = clock.today().withDayOfMonth(1);
        BigDecimal sum = em.createQuery("select coalesce(sum(t.estimatedHours), 0) from TaskRecord t, OfferRecord o "
                + "where o.taskId = t.id and o.memberRef = :m and o.state = :accepted and t.state <> :cancelled "
                + "and t.deadline >= :first", BigDecimal.class).setParameter("m", new MemberRef(memberRef))
                .setParameter("accepted", OfferState.ACCEPTED).setParameter("cancelled", TaskState.CANCELLED)
                .setParameter("first", first).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Offers in the window, the last offer ever, and task earnings in the window from the ledger, in one currency. */
    List<Suggestion.RecentRecord> recentRecords(LocalDate since, Currency currency) {
        Instant from = since.atStartOfDay(CouncilClock.ZONE).toInstant();
        Map<String, Integer> offers = new HashMap<>();
        for (Object[] row : em.createQuery("select o.memberRef, count(o) from OfferRecord o where o.offeredAt >= :f "
                + "group by o.memberRef", Object[].class).setParameter("f", from).getResultList()) {
            offers.put(((MemberRef) row[0]).value(), ((Number) row[1]).intValue());
        }
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] row : em.createQuery("select o.memberRef, max(o.offeredAt) from OfferRecord o "
                + "group by o.memberRef", Object[].class).getResultList()) {
            last.put(((MemberRef) row[0]).value(), CouncilClock.dayOf((Instant) row[1]));
        }
        Map<String, BigDecimal> earnings = new HashMap<>();
        accruals.earnings(Accruals.Origin.TASK, since, clock.today()).forEach((member, byCurrency) ->
                earnings.put(member, byCurrency.getOrDefault(currency, BigDecimal.ZERO)));
        Set<String> memberRefs = new TreeSet<>(offers.keySet());
        memberRefs.addAll(earnings.keySet());
        List<Suggestion.RecentRecord> records = new ArrayList<>();
        for (String m : memberRefs) {
            records.add(new Suggestion.RecentRecord(m, offers.getOrDefault(m, 0),
                    earnings.getOrDefault(m, BigDecimal.ZERO).max(BigDecimal.ZERO), last.get(m)));
        }
        return records;
    }
}
