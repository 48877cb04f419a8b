package org.nstac.portal.task.application;

import org.nstac.portal.shared.CouncilClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.notification.Notifications;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.domain.Candidate;
import org.nstac.portal.task.domain.Eligibility;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.Suggestion;
import org.nstac.portal.task.domain.TaskKind;
import org.nstac.portal.task.domain.TaskPay;
import org.nstac.portal.task.domain.TaskState;
import org.nstac.portal.task.domain.TaskTerms;
import org.nstac.portal.task.domain.WorkLog;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskPayableRecord;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/**
 * Paid tasks: the secretariat creates and offers them (only to eligible members, with the fairness ranking beside
 * it), members accept or decline with no reason and log their hours, the secretariat reviews, and accepted work
 * becomes exactly one payable. Each change is audited in its own transaction; paused members are sent nothing.
 */
@ApplicationScoped
public class Tasks {

    @Inject
    org.nstac.portal.payment.application.Payables payables;

    public static final int MAX_TITLE = 200;
    public static final int MAX_OUTCOME = 5000;
    public static final int WINDOW_MONTHS = 6;

    /** A task as the secretariat writes it; numbers as typed, so that the rules can say what is wrong. */
    public record NewTask(String title, String outcome, String kind, Long consultationId, BigDecimal estimatedHours,
            String payBasis, BigDecimal rate, String currency, LocalDate deadline, Set<String> roles,
            Set<String> topics, boolean publicFacing, boolean mediaPresent) {
    }

    /** One member in the suggestion list: eligible ones ranked with a reason, the others with why not. */
    public record Suggested(String memberRef, String pseudonym, Integer position, String reasonKey,
            List<Object> reasonArgs, List<String> ineligible) {
    }

    /** A task as the member it was offered to sees it, with what it will pay. */
    public record MemberTask(long offerId, long taskId, String title, String outcome, String kind, LocalDate deadline,
            String offerState, Instant expiresAt, BigDecimal estimatedHours, String payBasis, BigDecimal rate,
            String currency, BigDecimal hoursLogged, BigDecimal pays, boolean overEstimate, String reviewState,
            String reviewComment, String taskState) {
    }

    /** The member's hours this month against the capacity they set. */
    public record MonthHours(BigDecimal committed, int capacity) {
    }

    /** Thrown when the task, offer or log does not exist or is not the caller's: both answer "not found". */
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("task not found");
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Profiles profiles;

    @Inject
    Consents consents;

    @Inject
    Notifications notifications;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    Instant now() {
        return clock.now();
    }

    LocalDate today() {
        return clock.today();
    }

    @Transactional
    public TaskRecord create(NewTask t, String actor) {
        if (t.title() == null || t.title().isBlank()) {
            throw new DomainRuleViolation("task.title.required");
        }
        if (t.title().strip().length() > MAX_TITLE) {
            throw new DomainRuleViolation("task.title.tooLong", MAX_TITLE);
        }
        if (t.outcome() == null || t.outcome().isBlank()) {
            throw new DomainRuleViolation("task.outcome.required");
        }
        if (t.outcome().strip().length() > MAX_OUTCOME) {
            throw new DomainRuleViolation("task.outcome.tooLong", MAX_OUTCOME);
        }
        TaskKind kind = parse(TaskKind.class, t.kind(), "task.kind.unknown");
        PayBasis basis = parse(PayBasis.class, t.payBasis(), "task.payBasis.required");
        Set<MemberProfile.OfferedRole> roles = roles(t.roles());
        // Speaking at an event is public by its nature, whatever box was ticked.
        boolean publicFacing = t.publicFacing() || kind == TaskKind.SPEAK_AT_EVENT;
        TaskTerms terms = new TaskTerms(t.estimatedHours(), basis, t.rate(), t.currency(), t.deadline(),
                publicFacing, t.mediaPresent(), roles, t.topics() == null ? Set.of() : t.topics())
                .checkedOn(today(), profiles.topicCodes());
        if (t.consultationId() != null && em.find(
                org.nstac.portal.consultation.infrastructure.ConsultationRecord.class, t.consultationId()) == null) {
            throw new DomainRuleViolation("task.consultation.unknown");
        }
        TaskRecord task = new TaskRecord(t.title().strip(), t.outcome().strip(), kind.name(), t.consultationId(),
                terms.estimatedHours(), basis.name(), terms.rate(), terms.currency(), terms.deadline(),
                roles.stream().map(Enum::name).sorted().toList(), new TreeSet<>(terms.topics()), publicFacing,
                t.mediaPresent(), TaskState.OPEN.name(), actor, now());
        em.persist(task);
        em.flush();
        audit.record(actor, "task.created", "task:" + task.getId(), null);
        return task;
    }

    public List<TaskRecord> all() {
        return em.createQuery("select t from TaskRecord t order by t.id desc", TaskRecord.class).getResultList();
    }

    public TaskRecord find(long id) {
        TaskRecord task = em.find(TaskRecord.class, id);
        if (task == null) {
            throw new NotFound();
        }
        return task;
    }

    public List<OfferRecord> offersOf(long taskId) {
        return em.createQuery("select o from OfferRecord o where o.taskId = :t order by o.id", OfferRecord.class)
                .setParameter("t", taskId).getResultList();
    }

    /** Every active member, ranked if eligible (fewest offers and earnings in the window first), else why not. */
    public List<Suggested> suggestions(long taskId) {
        TaskRecord task = find(taskId);
        TaskTerms terms = terms(task);
        Map<String, String> pseudonyms = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Member m : em.createQuery("select m from Member m order by m.pseudonym", Member.class).getResultList()) {
            if (m.getStatus() == Participation.Status.WITHDRAWN) {
                continue;
            }
            pseudonyms.put(m.getRef(), m.getPseudonym());
            candidates.add(candidate(m));
        }
        LocalDate since = Suggestion.windowStart(today(), WINDOW_MONTHS);
        List<Suggestion.RecentRecord> records = recentRecords(since);
        List<Suggested> out = new ArrayList<>();
        for (Suggestion s : Suggestion.forTask(terms, candidates, records, WINDOW_MONTHS)) {
            out.add(new Suggested(s.memberRef(), pseudonyms.get(s.memberRef()), s.position(), s.reasonKey(),
                    s.reasonArgs(), List.of()));
        }
        for (Candidate c : candidates) {
            Set<Eligibility.Reason> why = Eligibility.whyNot(terms, c);
            if (!why.isEmpty()) {
                out.add(new Suggested(c.memberRef(), pseudonyms.get(c.memberRef()), null, null, List.of(),
                        why.stream().map(Eligibility.Reason::messageKey).toList()));
            }
        }
        return out;
    }

    @Transactional
    public OfferRecord offer(long taskId, String memberRef, String actor) {
        TaskRecord task = em.find(TaskRecord.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new NotFound();
        }
        if (TaskState.valueOf(task.getState()) != TaskState.OPEN) {
            throw new DomainRuleViolation("task.state.notAllowed");
        }
        Member member = em.createQuery("select m from Member m where m.ref = :r", Member.class)
                .setParameter("r", memberRef == null ? "" : memberRef).getResultStream().findFirst()
                .orElseThrow(() -> new DomainRuleViolation("task.offer.memberUnknown"));
        Eligibility.require(terms(task), candidate(member));
        boolean already = !em.createQuery("select o from OfferRecord o where o.taskId = :t and o.memberRef = :m",
                OfferRecord.class).setParameter("t", taskId).setParameter("m", memberRef).getResultList().isEmpty();
        if (already) {
            throw new DomainRuleViolation("task.offer.already");
        }
        Instant now = now();
        OfferRecord offer = new OfferRecord(taskId, memberRef, OfferState.OFFERED.name(), now, actor,
                OfferState.expiresAt(now));
        em.persist(offer);
        em.flush();
        audit.record(actor, "task.offered", memberRef, "task=" + taskId + ",offer=" + offer.getId());
        notifications.send(List.of(member.getLogin()), "notification.task.offered", "/member/tasks");
        return offer;
    }

    /** The member accepts or declines: no reason asked, no penalty (suggestions count offers, not answers). */
    @Transactional
    public OfferRecord respond(long offerId, String memberRef, boolean accept) {
        OfferRecord offer = ownOffer(offerId, memberRef);
        OfferState state = OfferState.valueOf(offer.getState());
        if (state == OfferState.OFFERED && !offer.getExpiresAt().isAfter(now())) {
            offer.respond(OfferState.EXPIRED.name(), now());
            throw new DomainRuleViolation("task.offer.expired");
        }
        if (accept) {
            TaskRecord task = find(offer.getTaskId());
            Member member = em.createQuery("select m from Member m where m.ref = :r", Member.class)
                    .setParameter("r", memberRef).getSingleResult();
            Eligibility.require(terms(task), candidate(member));
        }
        OfferState next = state.moveTo(accept ? OfferState.ACCEPTED : OfferState.DECLINED);
        offer.respond(next.name(), now());
        audit.record(memberRef, accept ? "task.accepted" : "task.declined", memberRef, "offer=" + offerId);
        return offer;
    }

    @Transactional
    public WorkLogRecord log(long taskId, String memberRef, LocalDate date, String hours, String note) {
        OfferRecord offer = acceptedOffer(taskId, memberRef);
        WorkLog entry = new WorkLog(date == null ? today() : date, WorkLog.parseHours(hours), note).checkedOn(
                CouncilClock.dayOf(offer.getRespondedAt()), today());
        WorkLogRecord record = new WorkLogRecord(offer.getId(), entry.date(), entry.hours(),
                entry.optionalNote().orElse(null), now());
        em.persist(record);
        em.flush();
        audit.record(memberRef, "task.worklog", memberRef, "offer=" + offer.getId() + ",hours=" + entry.hours());
        return record;
    }

    public List<WorkLogRecord> logsOf(long offerId) {
        return em.createQuery("select w from WorkLogRecord w where w.offerId = :o order by w.workDate, w.id",
                WorkLogRecord.class).setParameter("o", offerId).getResultList();
    }

    /** The logs of one task as the caller may see them: the member their own, the secretariat all. */
    public List<WorkLogRecord> logsOfTask(long taskId, Optional<String> onlyMember) {
        List<WorkLogRecord> logs = new ArrayList<>();
        for (OfferRecord o : offersOf(taskId)) {
            if (onlyMember.isEmpty() || onlyMember.get().equals(o.getMemberRef())) {
                logs.addAll(logsOf(o.getId()));
            }
        }
        return logs;
    }

    @Transactional
    public void submit(long taskId, String memberRef) {
        OfferRecord offer = acceptedOffer(taskId, memberRef);
        if ("IN_REVIEW".equals(offer.getReviewState()) || "ACCEPTED".equals(offer.getReviewState())) {
            throw new DomainRuleViolation("task.submission.already");
        }
        offer.submit(now());
        audit.record(memberRef, "task.submitted", memberRef, "offer=" + offer.getId());
        notifications.send(List.of(Notifications.ROLE_PREFIX + "secretariat"), "notification.task.submitted",
                "/secretariat/task?id=" + taskId);
    }

    /**
     * The secretariat accepts the delivered work (it becomes one payable, hours beyond the estimate included and
     * flagged) or asks for changes with a comment. Two reviewers accepting at once still create one payable: the
     * offer row is locked, and the payable's key is the offer.
     */
    @Transactional
    public Optional<TaskPayableRecord> review(long taskId, String memberRef, boolean accept, String comment,
            String actor) {
        TaskRecord task = find(taskId);
        OfferRecord offer = em.createQuery("select o from OfferRecord o where o.taskId = :t and o.memberRef = :m",
                OfferRecord.class).setParameter("t", taskId).setParameter("m", memberRef == null ? "" : memberRef)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(NotFound::new);
        if ("ACCEPTED".equals(offer.getReviewState())) {
            return existingPayable(offer.getId());
        }
        if (!"IN_REVIEW".equals(offer.getReviewState())) {
            throw new DomainRuleViolation("task.review.nothingSubmitted");
        }
        String why = comment == null || comment.isBlank() ? null : comment.strip();
        if (!accept && why == null) {
            throw new DomainRuleViolation("task.review.commentRequired");
        }
        if (why != null && why.length() > 2000) {
            throw new DomainRuleViolation("task.review.commentTooLong", 2000);
        }
        offer.review(accept ? "ACCEPTED" : "CHANGES_REQUESTED", why, actor, now());
        audit.record(actor, accept ? "task.work.accepted" : "task.work.changesRequested", memberRef,
                "offer=" + offer.getId());
        notifications.send(loginOf(memberRef).stream().toList(), "notification.task.reviewed", "/member/tasks");
        if (!accept) {
            return Optional.empty();
        }
        BigDecimal hours = hoursLogged(offer.getId());
        TaskPay pay = TaskPay.forTerms(terms(task), hours.signum() == 0 ? task.getEstimatedHours() : hours);
        TaskPayableRecord payable = new TaskPayableRecord(offer.getId(), memberRef, hours, pay.amount(),
                pay.currency(), pay.overEstimate(), pay.extraHours(), actor, now());
        em.persist(payable);
        em.flush();
        post(task, payable);
        audit.record(actor, "task.payable", memberRef, "offer=" + offer.getId() + ",amount=" + pay.amount() + " "
                + pay.currency());
        return Optional.of(payable);
    }

    /**
     * Posts accepted work into the payments ledger as a payable at the task's agreed terms, once per offer; the work
     * date is the last day the member logged (or today). The person who accepted the work entered it, so someone else
     * approves it.
     */
    private void post(TaskRecord task, TaskPayableRecord payable) {
        if (payable.getAmount().signum() <= 0) {
            return;
        }
        LocalDate workDate = logsOf(payable.getOfferId()).stream().map(WorkLogRecord::getWorkDate)
                .max(Comparator.naturalOrder()).orElse(today());
        payables.accrue(new PayableRecord(payable.getMemberRef(), PayableRecord.Source.TASK,
                "task-offer:" + payable.getOfferId(), Activity.TASK_HOUR, task.getKind(), null, payable.getHours(),
                null, workDate, new Money(payable.getAmount(), Currency.ofCode(payable.getCurrency())),
                task.getTitle().length() > 300 ? task.getTitle().substring(0, 300) : task.getTitle(), null,
                payable.getCreatedBy(), now()));
    }

    /** The task is called off: members who accepted are told; hours already logged stay payable. */
    @Transactional
    public void cancel(long taskId, String actor) {
        TaskRecord task = em.find(TaskRecord.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new NotFound();
        }
        TaskState.valueOf(task.getState()).moveTo(TaskState.CANCELLED);
        task.cancel(now());
        List<String> told = new ArrayList<>();
        for (OfferRecord o : offersOf(taskId)) {
            OfferState state = OfferState.valueOf(o.getState());
            if (state == OfferState.ACCEPTED) {
                loginOf(o.getMemberRef()).ifPresent(told::add);
                BigDecimal hours = hoursLogged(o.getId());
                if (hours.signum() > 0 && existingPayable(o.getId()).isEmpty()) {
                    TaskPay pay = TaskPay.forTerms(terms(task), hours);
                    TaskPayableRecord payable = new TaskPayableRecord(o.getId(), o.getMemberRef(), hours,
                            pay.amount(), pay.currency(), pay.overEstimate(), pay.extraHours(), actor, now());
                    em.persist(payable);
                    em.flush();
                    post(task, payable);
                }
            }
            if (!state.isFinal() && state.canMoveTo(OfferState.CANCELLED)) {
                o.moveTo(OfferState.CANCELLED.name());
            }
        }
        audit.record(actor, "task.cancelled", "task:" + taskId, null);
        notifications.send(told, "notification.task.cancelled", "/member/tasks");
    }

    /** Everything offered to this member, newest first, with what each pays so far. */
    @SuppressWarnings("unchecked")
    public List<MemberTask> forMember(String memberRef) {
        List<MemberTask> out = new ArrayList<>();
        for (OfferRecord o : em.createQuery("select o from OfferRecord o where o.memberRef = :m order by o.id desc",
                OfferRecord.class).setParameter("m", memberRef).getResultList()) {
            TaskRecord t = find(o.getTaskId());
            BigDecimal hours = hoursLogged(o.getId());
            TaskPay pay = TaskPay.forTerms(terms(t), hours.signum() == 0 ? t.getEstimatedHours() : hours);
            out.add(new MemberTask(o.getId(), t.getId(), t.getTitle(), t.getOutcome(), t.getKind(), t.getDeadline(),
                    o.getState(), o.getExpiresAt(), t.getEstimatedHours(), t.getPayBasis(), t.getRate(),
                    t.getCurrency(), hours, pay.amount(), pay.overEstimate(), o.getReviewState(),
                    o.getReviewComment(), t.getState()));
        }
        return out;
    }

    public Optional<OfferRecord> offer(long offerId) {
        return Optional.ofNullable(em.find(OfferRecord.class, offerId));
    }

    public MonthHours hoursThisMonth(String memberRef) {
        return new MonthHours(committedThisMonth(memberRef), profiles.of(memberRef).getHoursPerMonth());
    }

    public List<TaskPayableRecord> payablesOf(long taskId) {
        return em.createQuery("select p from TaskPayableRecord p where p.offerId in (select o.id from OfferRecord o "
                + "where o.taskId = :t) order by p.id", TaskPayableRecord.class).setParameter("t", taskId)
                .getResultList();
    }

    Candidate candidate(Member m) {
        MemberProfile profile = profiles.of(m.getRef());
        Set<ConsentPurpose> valid = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (consents.hasValidConsent(m.getRef(), p)) {
                valid.add(p);
            }
        }
        return new Candidate(m.getRef(), m.participation().statusOn(today()), profile.getRolesOffered(),
                profile.getAvoidedTopics(), profile.getHoursPerMonth(), committedThisMonth(m.getRef()), valid);
    }

    /** Hours the member has taken on this month: the estimates of accepted tasks due this month or open. */
    BigDecimal committedThisMonth(String memberRef) {
        LocalDate first = today().withDayOfMonth(1);
        BigDecimal sum = em.createQuery("select coalesce(sum(t.estimatedHours), 0) from TaskRecord t, OfferRecord o "
                + "where o.taskId = t.id and o.memberRef = :m and o.state = 'ACCEPTED' and t.state <> 'CANCELLED' "
                + "and t.deadline >= :first", BigDecimal.class).setParameter("m", memberRef)
                .setParameter("first", first).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @SuppressWarnings("unchecked")
    List<Suggestion.RecentRecord> recentRecords(LocalDate since) {
        Instant from = since.atStartOfDay(CouncilClock.ZONE).toInstant();
        Map<String, int[]> offers = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT member_ref, COUNT(*), MAX(offered_at) "
                + "FROM task_offer WHERE offered_at >= ?1 GROUP BY member_ref").setParameter(1, from)
                .getResultList()) {
            offers.put((String) row[0], new int[] {((Number) row[1]).intValue()});
            last.put((String) row[0], org.nstac.portal.platform.SqlValues.instant(row[2]).atZone(CouncilClock.ZONE).toLocalDate());
        }
        Map<String, BigDecimal> earnings = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT member_ref, SUM(amount) FROM task_payable "
                + "WHERE created_at >= ?1 GROUP BY member_ref").setParameter(1, from).getResultList()) {
            earnings.put((String) row[0], (BigDecimal) row[1]);
        }
        Set<String> members = new TreeSet<>(offers.keySet());
        members.addAll(earnings.keySet());
        List<Suggestion.RecentRecord> records = new ArrayList<>();
        for (String m : members) {
            records.add(new Suggestion.RecentRecord(m, offers.getOrDefault(m, new int[1])[0],
                    earnings.getOrDefault(m, BigDecimal.ZERO), last.get(m)));
        }
        return records;
    }

    BigDecimal hoursLogged(long offerId) {
        BigDecimal sum = em.createQuery("select coalesce(sum(w.hours), 0) from WorkLogRecord w where w.offerId = :o",
                BigDecimal.class).setParameter("o", offerId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    TaskTerms terms(TaskRecord t) {
        return new TaskTerms(t.getEstimatedHours(), PayBasis.valueOf(t.getPayBasis()), t.getRate(), t.getCurrency(),
                t.getDeadline(), t.isPublicFacing(), t.isMediaPresent(), roles(Set.copyOf(t.getRolesNeeded())),
                Set.copyOf(t.getTopics()));
    }

    private Optional<TaskPayableRecord> existingPayable(long offerId) {
        return em.createQuery("select p from TaskPayableRecord p where p.offerId = :o", TaskPayableRecord.class)
                .setParameter("o", offerId).getResultStream().findFirst();
    }

    private OfferRecord ownOffer(long offerId, String memberRef) {
        OfferRecord offer = em.find(OfferRecord.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null || !offer.getMemberRef().equals(memberRef)) {
            throw new NotFound();
        }
        return offer;
    }

    private OfferRecord acceptedOffer(long taskId, String memberRef) {
        OfferRecord offer = em.createQuery("select o from OfferRecord o where o.taskId = :t and o.memberRef = :m",
                OfferRecord.class).setParameter("t", taskId).setParameter("m", memberRef).getResultStream()
                .findFirst().orElseThrow(NotFound::new);
        if (OfferState.valueOf(offer.getState()) != OfferState.ACCEPTED) {
            throw new DomainRuleViolation("task.worklog.notAccepted");
        }
        return offer;
    }

    @SuppressWarnings("unchecked")
    private Optional<String> loginOf(String memberRef) {
        List<String> logins = em.createNativeQuery("SELECT login FROM member WHERE ref = ?1 AND status <> 'WITHDRAWN'")
                .setParameter(1, memberRef).getResultList();
        return logins.stream().findFirst();
    }

    private static Set<MemberProfile.OfferedRole> roles(Set<String> names) {
        Set<MemberProfile.OfferedRole> roles = EnumSet.noneOf(MemberProfile.OfferedRole.class);
        for (String name : names == null ? Set.<String>of() : names) {
            roles.add(parse(MemberProfile.OfferedRole.class, name, "task.role.unknown"));
        }
        return roles;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String key) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            throw new DomainRuleViolation(key);
        }
    }
}
