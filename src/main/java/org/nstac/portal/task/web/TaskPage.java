package org.nstac.portal.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.task.application.TaskCatalogue;
import org.nstac.portal.task.application.TaskOffers;
import org.nstac.portal.task.application.TaskReviews;
import org.nstac.portal.task.application.WorkLogs;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/**
 * One task for the secretariat: what it pays, the ranked suggestions (and who is not eligible, and why), offers,
 * reviews and what the ledger booked. Read once per view and after each action, never per expression.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskCatalogue catalogue;

    @Inject
    TaskOffers offers;

    @Inject
    TaskReviews reviews;

    @Inject
    WorkLogs workLogs;

    @Inject
    org.nstac.portal.task.application.TaskPolicy policy;

    @Inject
    MemberDirectory directory;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private Long id;
    private boolean missing;
    private String reviewComment;
    private transient TaskCatalogue.PricedTask task;
    private transient List<TaskOffers.Suggested> suggestions;
    private transient List<OfferRecord> offerList;
    private transient List<TaskReviews.TaskPayable> payables;
    private transient Map<Long, List<WorkLogRecord>> logs;
    private transient Map<String, String> names;

    public void load() {
        try {
            if (id == null || !policy.may(TaskAction.LIST_ALL)) {
                missing = true;
            } else {
                getPriced();
            }
        } catch (NotFound notFound) {
            missing = true;
        }
    }

    public TaskCatalogue.PricedTask getPriced() {
        if (task == null) {
            catalogue.visible(id);
            task = catalogue.allPriced().stream().filter(p -> p.task().getId().equals(id)).findFirst()
                    .orElseThrow(NotFound::new);
        }
        return task;
    }

    public List<TaskOffers.Suggested> getSuggestions() {
        if (suggestions == null) {
            suggestions = offers.suggestions(id);
        }
        return suggestions;
    }

    public List<OfferRecord> getOffers() {
        if (offerList == null) {
            offerList = offers.offersOf(id);
        }
        return offerList;
    }

    public List<WorkLogRecord> logsOf(long offerId) {
        if (logs == null) {
            logs = new HashMap<>();
        }
        return logs.computeIfAbsent(offerId, workLogs::logsOfOffer);
    }

    public List<TaskReviews.TaskPayable> getPayables() {
        if (payables == null) {
            payables = reviews.payablesOf(id);
        }
        return payables;
    }

    /** The name a page shows for a member with an offer or a payable on this task. */
    public String nameOf(String memberRef) {
        if (names == null) {
            List<String> refs = new java.util.ArrayList<>(getOffers().stream().map(OfferRecord::getMemberRef)
                    .toList());
            refs.addAll(getPayables().stream().map(TaskReviews.TaskPayable::memberRef).toList());
            names = directory.displayNames(refs, language.getLocale());
        }
        return names.getOrDefault(memberRef, "");
    }

    public void offer(String memberRef) {
        try {
            offers.offer(id, memberRef);
            messages.info("task.offered");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    public void accept(String memberRef) {
        review(memberRef, true);
    }

    public void askChanges(String memberRef) {
        review(memberRef, false);
    }

    private void review(String memberRef, boolean accept) {
        try {
            reviews.review(id, memberRef, accept, reviewComment);
            messages.info(accept ? "task.review.acceptedDone" : "task.review.changesDone");
            reviewComment = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    private boolean confirmingCancel;

    /** Shows the confirmation step before cancelling; nothing changes until it is confirmed. */
    public void askCancel() {
        confirmingCancel = true;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    /** "No, go back": the task stays as it is. */
    public void keep() {
        confirmingCancel = false;
    }

    public void cancel() {
        confirmingCancel = false;
        try {
            catalogue.cancel(id);
            messages.info("task.cancelledDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    private void reread() {
        task = null;
        suggestions = null;
        offerList = null;
        payables = null;
        logs = null;
        names = null;
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
