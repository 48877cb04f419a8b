package org.nstac.portal.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.Tasks;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskPayableRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/** One task for the secretariat: the ranked suggestions (and who is not eligible, and why), offers, reviews. */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private Long id;
    private boolean missing;
    private String reviewComment;

    public void load() {
        try {
            if (id == null) {
                missing = true;
            } else {
                tasks.find(id);
            }
        } catch (Tasks.NotFound notFound) {
            missing = true;
        }
    }

    public TaskRecord getTask() {
        return tasks.find(id);
    }

    public List<Tasks.Suggested> getSuggestions() {
        return tasks.suggestions(id);
    }

    public List<OfferRecord> getOffers() {
        return tasks.offersOf(id);
    }

    public List<WorkLogRecord> logsOf(long offerId) {
        return tasks.logsOf(offerId);
    }

    public List<TaskPayableRecord> getPayables() {
        return tasks.payablesOf(id);
    }

    public String pseudonymOf(String memberRef) {
        return getSuggestions().stream().filter(s -> s.memberRef().equals(memberRef)).map(Tasks.Suggested::pseudonym)
                .findFirst().orElse(memberRef);
    }

    public void offer(String memberRef) {
        try {
            tasks.offer(id, memberRef, user.getName());
            messages.info("task.offered");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void accept(String memberRef) {
        review(memberRef, true);
    }

    public void askChanges(String memberRef) {
        review(memberRef, false);
    }

    private void review(String memberRef, boolean accept) {
        try {
            tasks.review(id, memberRef, accept, reviewComment, user.getName());
            messages.info(accept ? "task.review.acceptedDone" : "task.review.changesDone");
            reviewComment = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void cancel() {
        try {
            tasks.cancel(id, user.getName());
            messages.info("task.cancelledDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
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
