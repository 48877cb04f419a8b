package org.nstac.portal.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.TaskOffers;
import org.nstac.portal.task.application.WorkLogs;
import org.nstac.portal.task.domain.WorkLog;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/**
 * The member's tasks: offers to accept or decline (no reason asked), accepted tasks to log time on and hand in,
 * what each pays, and the hours this month against the capacity the member set. Read once per view and after each
 * action, never per expression.
 */
@Named
@ViewScoped
public class MyTasks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskOffers offers;

    @Inject
    WorkLogs workLogs;

    @Inject
    org.nstac.portal.consent.application.EventConsents eventConsents;

    private final java.util.Map<Long, String> consentWordings = new java.util.HashMap<>();

    @Inject
    FacesMessages messages;

    private Long logTask;
    private LocalDate date;
    private String hours;
    private String note;
    private Long handInTask;
    private String handInNote;
    private String handInLink;
    private transient List<TaskOffers.MemberTask> tasks;
    private transient TaskOffers.MonthHours month;
    private transient Map<Long, List<WorkLogRecord>> logs;

    public List<TaskOffers.MemberTask> getTasks() {
        if (tasks == null) {
            tasks = offers.mine();
        }
        return tasks;
    }

    public TaskOffers.MonthHours getMonth() {
        if (month == null) {
            month = offers.hoursThisMonth();
        }
        return month;
    }

    public List<WorkLogRecord> logsOf(long offerId) {
        if (logs == null) {
            logs = new HashMap<>();
        }
        return logs.computeIfAbsent(offerId, workLogs::logsOfOffer);
    }

    public void accept(long offerId) {
        respond(offerId, true);
    }

    public void decline(long offerId) {
        respond(offerId, false);
    }

    private void respond(long offerId, boolean accept) {
        try {
            offers.respond(offerId, accept);
            messages.info(accept ? "task.offer.acceptedDone" : "task.offer.declinedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    public void chooseForLog(long taskId) {
        logTask = taskId;
        handInTask = null;
    }

    public void log() {
        try {
            workLogs.log(logTask, date, hours, note);
            messages.info("task.worklog.saved");
            hours = null;
            note = null;
        } catch (DomainRuleViolation violation) {
            messages.violationOn(logFieldOf(violation.key()), violation);
        }
        reread();
    }

    /** Opens the hand-in form for this task (a note and a link for the reviewer, then Hand in). */
    public void chooseForHandIn(long taskId) {
        handInTask = taskId;
        logTask = null;
    }

    /** Hands the work in; on a refusal the form stays open with what was typed. */
    public void submit() {
        try {
            workLogs.submit(handInTask, new WorkLogs.HandIn(handInNote, handInLink));
            messages.info("task.submission.done");
            handInTask = null;
            handInNote = null;
            handInLink = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    /** The log form's field a refusal concerns, to show it there; none for a refusal about the task itself. */
    static String logFieldOf(String key) {
        return switch (key) {
            case WorkLog.HOURS_INVALID -> "mine:hours";
            case WorkLog.DATE_REQUIRED, WorkLog.FUTURE, WorkLog.BEFORE_ACCEPTANCE -> "mine:date";
            case WorkLog.NOTE_TOO_LONG -> "mine:note";
            default -> null;
        };
    }

    /** The title of the task the hours are logged on, for the form's heading. */
    public String getLogTitle() {
        return logTask == null ? null : getTasks().stream().filter(t -> t.taskId() == logTask)
                .map(TaskOffers.MemberTask::title).findFirst().orElse(null);
    }

    /** The title of the task whose work is being handed in, for the form's heading. */
    public String getHandInTitle() {
        return handInTask == null ? null : getTasks().stream().filter(t -> t.taskId() == handInTask)
                .map(TaskOffers.MemberTask::title).findFirst().orElse(null);
    }

    public Long getHandInTask() {
        return handInTask;
    }

    public String getHandInNote() {
        return handInNote;
    }

    public void setHandInNote(String handInNote) {
        this.handInNote = handInNote;
    }

    public String getHandInLink() {
        return handInLink;
    }

    public void setHandInLink(String handInLink) {
        this.handInLink = handInLink;
    }

    private void reread() {
        tasks = null;
        month = null;
        logs = null;
    }

    public Long getLogTask() {
        return logTask;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /**
     * What accepting this offer consents to for the event (appearing in public, photographs, recording), in the page's
     * language; "" when the task shows nobody. Worked out once per task and view.
     */
    public String eventConsent(TaskOffers.MemberTask t) {
        return consentWordings.computeIfAbsent(t.taskId(), id -> eventConsents.wording(offers.eventScope(id),
                t.deadline(), jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }
}
