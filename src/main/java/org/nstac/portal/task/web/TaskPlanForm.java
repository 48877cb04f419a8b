package org.nstac.portal.task.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.task.application.TaskSafetyPlans;
import org.nstac.portal.task.domain.TaskSafetyPlan;

/**
 * The secretariat's task page: the task's safety plan, filled from the saved plan when the page opens, saved as a
 * whole. A refused plan keeps everything typed.
 */
@Named
@ViewScoped
public class TaskPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskPage page;

    @Inject
    TaskSafetyPlans plans;

    @Inject
    FacesMessages messages;

    private boolean required;
    private boolean present;
    private String supportPersonName;
    private String supportContact;
    private String supportLogin;
    private String contentNotes;
    private boolean photographsAllowed;
    private boolean recordingAllowed;
    private boolean pseudonymOnly;

    @PostConstruct
    void fill() {
        if (page.getId() == null) {
            return;
        }
        try {
            required = plans.needed(page.getId());
            plans.of(page.getId()).ifPresent(p -> {
                present = true;
                supportPersonName = p.supportPersonName();
                supportContact = p.supportContact();
                contentNotes = p.contentNotes();
                photographsAllowed = p.photographsAllowed();
                recordingAllowed = p.recordingAllowed();
                pseudonymOnly = p.pseudonymOnly();
                supportLogin = plans.supportLoginOf(page.getId()).orElse(null);
            });
        } catch (NotFound notFound) {
            // the page shows "not found"; nothing to fill
        }
    }

    public void save() {
        try {
            plans.plan(page.getId(), new TaskSafetyPlans.Draft(supportPersonName, supportContact, supportLogin,
                    contentNotes, photographsAllowed, recordingAllowed, pseudonymOnly));
            present = true;
            messages.info("task.safety.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    /** Whether the task exposes the member and so needs the plan before any offer. */
    public boolean isRequired() {
        return required;
    }

    /** Whether a plan is saved. */
    public boolean isPresent() {
        return present;
    }

    public int getMaxLength() {
        return TaskSafetyPlan.MAX_TEXT_LENGTH;
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

    public String getSupportLogin() {
        return supportLogin;
    }

    public void setSupportLogin(String v) {
        this.supportLogin = v;
    }

    public String getContentNotes() {
        return contentNotes;
    }

    public void setContentNotes(String v) {
        this.contentNotes = v;
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

    public boolean isPseudonymOnly() {
        return pseudonymOnly;
    }

    public void setPseudonymOnly(boolean v) {
        this.pseudonymOnly = v;
    }
}
