package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Currency;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.TaskKind;
import org.nstac.portal.task.domain.TaskPay;
import org.nstac.portal.task.domain.TaskState;
import org.nstac.portal.task.domain.TaskTerms;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;

/**
 * The tasks themselves: the secretariat writes them (pay as a quantity of a rate-card line, never below it) and calls
 * them off; everyone else reads them through offers.
 */
@ApplicationScoped
public class TaskCatalogue {

    public static final int MAX_TITLE = 200;
    public static final int MAX_OUTCOME = 5000;

    /** A task as the secretariat writes it; numbers as typed, so that the rules can say what is wrong. */
    public record NewTask(
            @NotBlank(message = "task.title.required") @Size(max = MAX_TITLE, message = "task.title.tooLong")
            String title,
            @NotBlank(message = "task.outcome.required") @Size(max = MAX_OUTCOME, message = "task.outcome.tooLong")
            String outcome,
            String kind, Long consultationId, BigDecimal estimatedHours,
            String payBasis, BigDecimal rate, String rateReason, String currency, LocalDate deadline,
            Set<String> roles, Set<String> topics, boolean publicFacing, boolean mediaPresent) {
    }

    /** A task with what its unit pays today: the card's amount, and the agreed one if any. */
    public record PricedTask(TaskRecord task, Money cardRate, Money unitRate) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Profiles profiles;

    @Inject
    Consultations consultations;

    @Inject
    Notices notices;

    @Inject
    MemberDirectory directory;

    @Inject
    CouncilClock clock;

    @Inject
    TaskPolicy policy;

    @Inject
    TaskPricing pricing;

    @Inject
    WorkLogs workLogs;

    /**
     * Writes a task. Its pay is a quantity of the card's line for its basis; a rate typed with it is an amount agreed
     * above the card and needs its reason; one below the card is refused with the card's amount.
     */
    @Transactional
    public TaskRecord create(NewTask t) {
        policy.require(TaskAction.CREATE);
        InputRules.check(t);
        TaskKind kind = parse(TaskKind.class, t.kind(), "task.kind.unknown");
        PayBasis basis = t.payBasis() == null || t.payBasis().isBlank() ? null
                : parse(PayBasis.class, "FIXED".equalsIgnoreCase(t.payBasis().strip()) ? "APPEARANCE" : t.payBasis(),
                        TaskTerms.PAY_BASIS_REQUIRED);
        Set<MemberProfile.OfferedRole> roles = roles(t.roles());
        // Speaking at an event is public by its nature, whatever box was ticked.
        boolean publicFacing = t.publicFacing() || kind == TaskKind.SPEAK_AT_EVENT;
        LocalDate today = clock.today();
        String cardCurrency = basis == null ? null
                : pricing.cardRate(basis, kind.name(), today).currency().name();
        String currency = t.currency() == null || t.currency().isBlank() ? cardCurrency : t.currency();
        // A rate typed at exactly the card's is the card's: nothing was agreed above it, so no reason is asked.
        BigDecimal agreed = t.rate();
        if (agreed != null && basis != null && agreed.compareTo(pricing.cardRate(basis, kind.name(), today)
                .amount()) == 0) {
            agreed = null;
        }
        TaskTerms terms = new TaskTerms(t.estimatedHours(), basis, agreed, t.rateReason(), currency, t.deadline(),
                publicFacing, t.mediaPresent(), roles, t.topics() == null ? Set.of() : t.topics())
                .checkedOn(today, profiles.topicCodes());
        if (!terms.currency().equals(cardCurrency)) {
            throw new DomainRuleViolation("task.currency.card", cardCurrency);
        }
        Currency paidIn = Currency.ofCode(terms.currency());
        Money agreedRate = terms.rate() == null ? null : new Money(terms.rate(), paidIn);
        pricing.requireAtLeastTheCard(agreedRate, basis, kind.name(), today);
        if (agreedRate != null) {
            // The ledger keeps the reason with the payment and asks a real one (words, not "x"): ask it now.
            org.nstac.portal.shared.StatedReason.require(terms.rateReason(), TaskTerms.RATE_REASON_REQUIRED,
                    TaskTerms.RATE_REASON_TOO_LONG);
        }
        if (t.consultationId() != null && !consultations.exists(t.consultationId())) {
            throw new DomainRuleViolation("task.consultation.unknown");
        }
        TaskRecord task = new TaskRecord(t.title().strip(), t.outcome().strip(), kind.name(), t.consultationId(),
                terms.estimatedHours(), basis, agreedRate, terms.rateReason(), paidIn, terms.deadline(),
                roles.stream().map(Enum::name).sorted().toList(), new TreeSet<>(terms.topics()), publicFacing,
                t.mediaPresent(), TaskState.OPEN, policy.actor(), clock.now());
        em.persist(task);
        em.flush();
        audit.record(policy.actor(), "task.created", "task:" + task.getId(), agreedRate == null ? null
                : "agreedRate=" + agreedRate.amount() + " " + agreedRate.currency());
        return task;
    }

    /** Every task, newest first (the secretariat). */
    public List<TaskRecord> all() {
        policy.require(TaskAction.LIST_ALL);
        return em.createQuery("select t from TaskRecord t order by t.id desc", TaskRecord.class).getResultList();
    }

    /** Every task with what it pays per unit today (the secretariat's list). */
    public List<PricedTask> allPriced() {
        Accruals.CardRates card = pricing.cardOn(clock.today());
        return all().stream().map(t -> priced(t, card)).toList();
    }

    /** One task with what it pays per unit today, for someone who may see it (see {@link #visible}). */
    public PricedTask visiblePriced(long id) {
        return priced(visible(id), pricing.cardOn(clock.today()));
    }

    private static PricedTask priced(TaskRecord t, Accruals.CardRates card) {
        return new PricedTask(t, TaskPricing.cardRate(t, card), TaskPricing.unitRate(t, card));
    }

    /** One task for someone who may see it: the secretariat, or a member it was offered to. */
    public TaskRecord visible(long id) {
        if (!policy.may(TaskAction.LIST_ALL) && !policy.may(TaskAction.WORK, id)) {
            throw new NotFound();
        }
        return find(id);
    }

    /** Tasks by id, in one query, with no check of who asks: for the feature's own lists. */
    Map<Long, TaskRecord> byIds(Collection<Long> ids) {
        Map<Long, TaskRecord> tasks = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t from TaskRecord t where t.id in :ids", TaskRecord.class)
                    .setParameter("ids", ids).getResultList().forEach(t -> tasks.put(t.getId(), t));
        }
        return tasks;
    }

    /** A task by id, with no check of who asks: for the feature's own services. */
    TaskRecord find(long id) {
        TaskRecord task = em.find(TaskRecord.class, id);
        if (task == null) {
            throw new NotFound();
        }
        return task;
    }

    /** The task is called off: members who accepted are told; hours already logged stay payable. */
    @Transactional
    public void cancel(long taskId) {
        policy.require(TaskAction.CANCEL);
        TaskRecord task = em.find(TaskRecord.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new NotFound();
        }
        task.getState().moveTo(TaskState.CANCELLED);
        task.cancel(clock.now());
        List<String> told = new ArrayList<>();
        for (OfferRecord o : em.createQuery("select o from OfferRecord o where o.taskId = :t order by o.id",
                OfferRecord.class).setParameter("t", taskId).getResultList()) {
            OfferState state = o.getState();
            if (state == OfferState.ACCEPTED) {
                directory.loginOf(o.getMemberRef()).ifPresent(told::add);
                BigDecimal hours = workLogs.hoursLogged(o.getId());
                if (hours.signum() > 0 && o.getHoursAccepted() == null) {
                    TaskPay pay = TaskPay.forTerms(terms(task), hours);
                    o.paidFor(hours, pay);
                    pricing.book(task, o.getId(), o.getMemberRef(), pay, workLogs.lastWorkDay(o.getId())
                            .orElse(clock.today()), policy.actor());
                }
            }
            if (!state.isFinal() && state.canMoveTo(OfferState.CANCELLED)) {
                o.moveTo(OfferState.CANCELLED);
            }
        }
        audit.record(policy.actor(), "task.cancelled", "task:" + taskId, null);
        notices.send(told, "notification.task.cancelled", "/member/tasks", task.getTitle());
    }

    static TaskTerms terms(TaskRecord t) {
        return new TaskTerms(t.getEstimatedHours(), t.getPayBasis(), t.getAgreedRate() == null ? null
                : t.getAgreedRate().amount(), t.getRateReason(), t.getCurrency().name(),
                t.getDeadline(), t.isPublicFacing(), t.isMediaPresent(), roles(Set.copyOf(t.getRolesNeeded())),
                Set.copyOf(t.getTopics()));
    }

    static Set<MemberProfile.OfferedRole> roles(Set<String> names) {
        Set<MemberProfile.OfferedRole> roles = EnumSet.noneOf(MemberProfile.OfferedRole.class);
        for (String name : names == null ? Set.<String>of() : names) {
            roles.add(parse(MemberProfile.OfferedRole.class, name, "task.role.unknown"));
        }
        return roles;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String key) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            throw new DomainRuleViolation(key);
        }
    }
}
