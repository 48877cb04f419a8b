package org.nstac.portal.meeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.nstac.portal.meeting.application.SafetyPlans;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/** The meeting page's safety plan: filled from the saved plan when the page opens, saved as a whole. */
@Named
@ViewScoped
public class MeetingPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingPage page;

    @Inject
    SafetyPlans plans;

    @Inject
    FacesMessages messages;

    private String supportPersonName;
    private String supportContact;
    private String quietRoom;
    private String stepOutOnline;
    private boolean photographsAllowed;
    private boolean recordingAllowed;
    private boolean pressPresent;
    private String naming = MeetingNaming.PSEUDONYM_BADGE.name();
    private boolean noStories;

    @PostConstruct
    void fill() {
        if (page.isMissing() || page.getId() == null) {
            return;
        }
        SafetyPlan p = page.getFull().plan();
        if (p != null) {
            supportPersonName = p.supportPersonName();
            supportContact = p.supportContact();
            quietRoom = p.quietRoom();
            stepOutOnline = p.stepOutOnline();
            photographsAllowed = p.photographsAllowed();
            recordingAllowed = p.recordingAllowed();
            pressPresent = p.pressPresent();
            naming = p.naming().name();
            noStories = p.noStoriesRuleAcknowledged();
        }
    }

    public void save() {
        try {
            plans.plan(page.getId(), new SafetyPlan(supportPersonName, supportContact, quietRoom, stepOutOnline,
                    photographsAllowed, recordingAllowed, pressPresent, MeetingNaming.valueOf(naming), noStories));
            messages.info("meeting.safety.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.changed();
    }

    public List<String> getNamings() {
        return Arrays.stream(MeetingNaming.values()).map(Enum::name).toList();
    }

    public String getSupportPersonName() {
        return supportPersonName;
    }

    public void setSupportPersonName(String v) {
        this.supportPersonName = v;
    }

    public String getSupportContact() {
        return supportContact;
    }

    public void setSupportContact(String v) {
        this.supportContact = v;
    }

    public String getQuietRoom() {
        return quietRoom;
    }

    public void setQuietRoom(String v) {
        this.quietRoom = v;
    }

    public String getStepOutOnline() {
        return stepOutOnline;
    }

    public void setStepOutOnline(String v) {
        this.stepOutOnline = v;
    }

    public boolean isPhotographsAllowed() {
        return photographsAllowed;
    }

    public void setPhotographsAllowed(boolean v) {
        this.photographsAllowed = v;
    }

    public boolean isRecordingAllowed() {
        return recordingAllowed;
    }

    public void setRecordingAllowed(boolean v) {
        this.recordingAllowed = v;
    }

    public boolean isPressPresent() {
        return pressPresent;
    }

    public void setPressPresent(boolean v) {
        this.pressPresent = v;
    }

    public String getNaming() {
        return naming;
    }

    public void setNaming(String v) {
        this.naming = v;
    }

    public boolean isNoStories() {
        return noStories;
    }

    public void setNoStories(boolean v) {
        this.noStories = v;
    }
}
