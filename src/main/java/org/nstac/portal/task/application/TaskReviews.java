package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.InputRules;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.SensitiveWorkDone;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.task.domain.ReviewState;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.TaskPay;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;

/**
 * The secretariat's review of delivered work: accepted work is told to the ledger once (which prices it from the card),
 * or the member is asked for changes with a comment.
 */
@ApplicationScoped
public class TaskReviews {

    public static final int MAX_COMMENT = 2000;

    /**
     * The secretariat's review of handed-in work: accepted, or changes asked for with a comment that says which
     * (stripped, blank as none, at most {@link #MAX_COMMENT}; an acceptance may carry one too).
     */
    public record WorkReview(boolean accept,
            @Size(max = MAX_COMMENT, message = "task.review.commentTooLong") String comment) {

        public WorkReview {
            comment = InputRules.blankAsNone(comment);
        }

        @AssertTrue(message = "task.review.commentRequired")
        public boolean isExplained() {
            return accept || comment != null;
        }
    }

    /**
     * What a member's accepted work on a task was booked at.
     *
     * @param id           the ledger's payable
     * @param hours        the hours accepted
     * @param quantity     the rate-card quantity booked (hours, or 1 appearance)
     * @param overEstimate more hours than estimated were accepted
     * @param extraHours   the hours beyond the estimate
     * @param state        where the payable stands in the ledger (a reversed one pays nothing)
     */
    public record TaskPayable(long id, long offerId, String memberRef, BigDecimal hours, BigDecimal quantity,
            BigDecimal amount, String currency, boolean overEstimate, BigDecimal extraHours, PayableState state) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

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
    org.nstac.portal.task.infrastructure.TaskSafetyPlanStore safetyPlans;

    @Inject
    jakarta.enterprise.event.Event<SensitiveWorkDone> sensitiveWork;

    /**
     * Accepts the delivered work (it is booked once, hours beyond the estimate included and flagged) or asks for
     * changes with a comment. Two reviewers accepting at once still book once: the offer row is locked, and the
     * ledger's source key is the offer.
     */
    @Transactional
    public Optional<TaskPayable> review(long taskId, String memberRef, boolean accept, String comment) {
        policy.require(TaskAction.REVIEW);
        String actor = policy.actor();
        TaskRecord task = catalogue.find(taskId);
        OfferRecord offer = em.createQuery("select o from OfferRecord o where o.taskId = :t and o.memberRef = :m",
                OfferRecord.class).setParameter("t", taskId)
                .setParameter("m", MemberRef.parse(memberRef).orElseThrow(NotFound::new))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(NotFound::new);
        if (offer.getReviewState() == ReviewState.ACCEPTED) {
            return payableOf(offer);
        }
        if (offer.getReviewState() != ReviewState.IN_REVIEW) {
            throw new DomainRuleViolation("task.review.nothingSubmitted");
        }
        String why = InputRules.check(new WorkReview(accept, comment)).comment();
        offer.review(accept ? ReviewState.ACCEPTED : ReviewState.CHANGES_REQUESTED, why, actor, clock.now());
        audit.record(actor, accept ? "task.work.accepted" : "task.work.changesRequested", memberRef,
                "offer=" + offer.getId());
        notices.send(directory.loginOf(memberRef).stream().toList(), "notification.task.reviewed", "/member/tasks",
                task.getTitle());
        if (!accept) {
            return Optional.empty();
        }
        BigDecimal logged = workLogs.hoursLogged(offer.getId());
        BigDecimal hours = logged.signum() == 0 ? task.getEstimatedHours() : logged;
        TaskPay pay = TaskPay.forTerms(TaskCatalogue.terms(task), hours);
        offer.paidFor(hours, pay);
        Accruals.Accrued booked = pricing.book(task, offer.getId(), memberRef, pay,
                workLogs.lastWorkDay(offer.getId()).orElse(clock.today()), actor);
        audit.record(actor, "task.payable", memberRef, "offer=" + offer.getId() + ",payable=" + booked.payableId());
        if (safetyPlans.planOf(taskId).isPresent()) {
            // Work on a task with a safety plan is sensitive: care offers the member a debrief with the support person.
            sensitiveWork.fire(new SensitiveWorkDone(SensitiveWorkDone.TASK, taskId, task.getTitle(), memberRef,
                    safetyPlans.supportLoginOf(taskId)));
        }
        return Optional.of(view(offer, booked));
    }

    /** What each accepted piece of work on a task was booked at (the secretariat). */
    public List<TaskPayable> payablesOf(long taskId) {
        policy.require(TaskAction.READ_PAYABLES);
        catalogue.find(taskId);
        Map<String, OfferRecord> byKey = new HashMap<>();
        for (OfferRecord o : em.createQuery("select o from OfferRecord o where o.taskId = :t and o.hoursAccepted "
                + "is not null order by o.id", OfferRecord.class).setParameter("t", taskId).getResultList()) {
            byKey.put(TaskPricing.sourceKey(o.getId()), o);
        }
        List<TaskPayable> out = new ArrayList<>();
        for (Accruals.Accrued a : accruals.bySourceKeys(byKey.keySet())) {
            out.add(view(byKey.get(a.sourceKey()), a));
        }
        return out;
    }

    private Optional<TaskPayable> payableOf(OfferRecord offer) {
        return accruals.bySourceKeys(List.of(TaskPricing.sourceKey(offer.getId()))).stream().findFirst()
                .map(a -> view(offer, a));
    }

    private static TaskPayable view(OfferRecord o, Accruals.Accrued a) {
        return new TaskPayable(a.payableId(), o.getId(), o.getMemberRef(), o.getHoursAccepted(), a.quantity(),
                a.amount().amount(), a.amount().currency().name(), o.isOverEstimate(), o.getExtraHours(), a.state());
    }
}
