package org.nstac.portal.task.application;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nstac.portal.shared.InputRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.task.domain.OfferState;
import org.nstac.portal.task.domain.ReviewState;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.WorkLog;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/** The member's hours on a task they accepted, and handing the work in for review. */
@ApplicationScoped
public class WorkLogs {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @Inject
    CouncilClock clock;

    @Inject
    TaskPolicy policy;

    /** The calling member logs hours on a task they accepted. */
    @Transactional
    public WorkLogRecord log(long taskId, LocalDate date, String hours, String note) {
        policy.require(TaskAction.WORK, taskId);
        String memberRef = policy.memberRef();
        OfferRecord offer = acceptedOffer(taskId, memberRef);
        LocalDate today = clock.today();
        WorkLog entry = new WorkLog(date == null ? today : date, WorkLog.parseHours(hours), note).checkedOn(
                CouncilClock.dayOf(offer.getRespondedAt()), today);
        WorkLogRecord record = new WorkLogRecord(offer.getId(), entry.date(), entry.hours(),
                entry.optionalNote().orElse(null), clock.now());
        em.persist(record);
        em.flush();
        audit.record(memberRef, "task.worklog", memberRef, "offer=" + offer.getId() + ",hours=" + entry.hours());
        return record;
    }

    /** The hours of one offer, oldest first: the member's own (or the secretariat's view of them). */
    public List<WorkLogRecord> logsOfOffer(long offerId) {
        OfferRecord offer = em.find(OfferRecord.class, offerId);
        if (offer == null || !(policy.may(TaskAction.LIST_ALL) || policy.may(TaskAction.WORK, offer.getTaskId())
                && offer.getMemberRef().equals(policy.memberRef()))) {
            throw new NotFound();
        }
        return logsOf(offerId);
    }

    /** The logs of one task as the caller may see them: a member their own, the secretariat all. */
    public List<WorkLogRecord> logsOfTask(long taskId) {
        Optional<String> only;
        if (policy.may(TaskAction.LIST_ALL)) {
            only = Optional.empty();
        } else {
            policy.require(TaskAction.WORK, taskId);
            only = Optional.of(policy.memberRef());
        }
        List<WorkLogRecord> logs = new ArrayList<>();
        for (OfferRecord o : em.createQuery("select o from OfferRecord o where o.taskId = :t order by o.id",
                OfferRecord.class).setParameter("t", taskId).getResultList()) {
            if (only.isEmpty() || only.get().equals(o.getMemberRef())) {
                logs.addAll(logsOf(o.getId()));
            }
        }
        return logs;
    }

    /** The longest hand-in note, and the longest link. */
    public static final int MAX_HAND_IN_NOTE = 1000;
    public static final int MAX_HAND_IN_LINK = 500;

    /**
     * What the member hands in with the work: a note for the reviewer (what was done, where to look) and a link to
     * the work, both optional; the link only to a web address ({@code http} or {@code https}), so that a reviewer's
     * click can never run a script.
     */
    public record HandIn(
            @Size(max = MAX_HAND_IN_NOTE, message = "task.handIn.noteTooLong") String note,
            @Size(max = MAX_HAND_IN_LINK, message = "task.handIn.linkTooLong")
            @Pattern(regexp = "https?://[^\\s<>\"]+", flags = Pattern.Flag.CASE_INSENSITIVE,
                    message = "task.handIn.linkInvalid") String link) {

        /** Blank fields as none, the rest stripped. */
        public HandIn {
            note = note == null || note.isBlank() ? null : note.strip();
            link = link == null || link.isBlank() ? null : link.strip();
        }

        /** Nothing but the work. */
        public static final HandIn NONE = new HandIn(null, null);
    }

    /** The calling member hands in their work for review, with their note and link; the secretariat is told. */
    @Transactional
    public void submit(long taskId, HandIn handIn) {
        policy.require(TaskAction.WORK, taskId);
        String memberRef = policy.memberRef();
        HandIn with = InputRules.check(handIn == null ? HandIn.NONE : handIn);
        OfferRecord offer = acceptedOffer(taskId, memberRef);
        if (offer.getReviewState() == ReviewState.IN_REVIEW || offer.getReviewState() == ReviewState.ACCEPTED) {
            throw new DomainRuleViolation("task.submission.already");
        }
        offer.submit(clock.now(), with.note(), with.link());
        audit.record(memberRef, "task.submitted", memberRef, "offer=" + offer.getId());
        TaskRecord task = em.find(TaskRecord.class, taskId);
        notices.send(List.of(Notices.ROLE_PREFIX + "secretariat"), "notification.task.submitted",
                "/secretariat/task?id=" + taskId, task == null ? null : task.getTitle());
    }

    List<WorkLogRecord> logsOf(long offerId) {
        return em.createQuery("select w from WorkLogRecord w where w.offerId = :o order by w.workDate, w.id",
                WorkLogRecord.class).setParameter("o", offerId).getResultList();
    }

    BigDecimal hoursLogged(long offerId) {
        BigDecimal sum = em.createQuery("select coalesce(sum(w.hours), 0) from WorkLogRecord w where w.offerId = :o",
                BigDecimal.class).setParameter("o", offerId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** The hours logged on each of the offers, in one query; an offer with none is not in the map. */
    Map<Long, BigDecimal> hoursLoggedByOffer(Collection<Long> offerIds) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        if (offerIds.isEmpty()) {
            return hours;
        }
        for (Object[] row : em.createQuery("select w.offerId, sum(w.hours) from WorkLogRecord w"
                + " where w.offerId in :o group by w.offerId", Object[].class).setParameter("o", offerIds)
                .getResultList()) {
            hours.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
        }
        return hours;
    }

    /** The last day the member logged work on an offer, if any: the work date the ledger books. */
    Optional<LocalDate> lastWorkDay(long offerId) {
        return Optional.ofNullable(em.createQuery("select max(w.workDate) from WorkLogRecord w where w.offerId = :o",
                LocalDate.class).setParameter("o", offerId).getSingleResult());
    }

    private OfferRecord acceptedOffer(long taskId, String memberRef) {
        OfferRecord offer = em.createQuery("select o from OfferRecord o where o.taskId = :t and o.memberRef = :m",
                OfferRecord.class).setParameter("t", taskId).setParameter("m", new MemberRef(memberRef))
                .getResultStream()
                .findFirst().orElseThrow(NotFound::new);
        if (offer.getState() != OfferState.ACCEPTED) {
            throw new DomainRuleViolation("task.worklog.notAccepted");
        }
        return offer;
    }
}
