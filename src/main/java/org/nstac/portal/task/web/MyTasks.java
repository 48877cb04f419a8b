package org.nstac.portal.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.Tasks;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/**
 * The member's tasks: offers to accept or decline (no reason asked), accepted tasks to log time on and hand in,
 * what each pays, and the hours this month against the capacity the member set.
 */
@Named
@ViewScoped
public class MyTasks implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tasks tasks;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private Long logTask;
    private LocalDate date;
    private String hours;
    private String note;

    private String me() {
        return members.findByLogin(user.getName()).map(Member::getRef).orElseThrow(Tasks.NotFound::new);
    }

    public List<Tasks.MemberTask> getTasks() {
        return tasks.forMember(me());
    }

    public Tasks.MonthHours getMonth() {
        return tasks.hoursThisMonth(me());
    }

    public List<WorkLogRecord> logsOf(long offerId) {
        return tasks.logsOf(offerId);
    }

    public void accept(long offerId) {
        respond(offerId, true);
    }

    public void decline(long offerId) {
        respond(offerId, false);
    }

    private void respond(long offerId, boolean accept) {
        try {
            tasks.respond(offerId, me(), accept);
            messages.info(accept ? "task.offer.acceptedDone" : "task.offer.declinedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void chooseForLog(long taskId) {
        logTask = taskId;
    }

    public void log() {
        try {
            tasks.log(logTask, me(), date, hours, note);
            messages.info("task.worklog.saved");
            hours = null;
            note = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void submit(long taskId) {
        try {
            tasks.submit(taskId, me());
            messages.info("task.submission.done");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
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
}
