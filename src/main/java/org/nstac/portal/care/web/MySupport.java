package org.nstac.portal.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.care.application.SupportRequests;
import org.nstac.portal.care.domain.SupportAbout;
import org.nstac.portal.care.domain.Urgency;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MeetingSupport;

/**
 * "Ask for support": what it is about, how soon, an optional short note (no story needed), and where each earlier
 * request stands. A refused request keeps everything typed in the form. Lists are read once per view and again after
 * asking.
 */
@Named
@ViewScoped
public class MySupport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportRequests requests;

    @Inject
    FacesMessages messages;

    private String about = SupportAbout.OTHER.name();
    private Long meetingId;
    private Long taskId;
    private String urgency = Urgency.SOON.name();
    private String note;

    private transient List<SupportRequestRecord> mine;
    private transient List<MeetingSupport.Choice> meetings;
    private transient List<MeetingSupport.Choice> tasks;

    public List<MeetingSupport.Choice> getTasks() {
        if (tasks == null) {
            tasks = requests.myTasks();
        }
        return tasks;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public void ask() {
        try {
            requests.ask(about, SupportAbout.MEETING.name().equals(about) ? meetingId
                    : SupportAbout.TASK.name().equals(about) ? taskId : null, urgency, note);
            messages.info(Urgency.NOW.name().equals(urgency) ? "care.support.sent.now" : "care.support.sent");
            note = null;
            mine = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public List<SupportRequestRecord> getMine() {
        if (mine == null) {
            mine = requests.mine();
        }
        return mine;
    }

    public List<MeetingSupport.Choice> getMeetings() {
        if (meetings == null) {
            meetings = requests.myMeetings();
        }
        return meetings;
    }

    public SupportAbout[] getAboutChoices() {
        return SupportAbout.values();
    }

    public Urgency[] getUrgencyChoices() {
        return Urgency.values();
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
