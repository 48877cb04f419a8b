package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.application.Readiness;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * On the secretariat's members page: the readiness re-assessments now due, and a form to record a later assessment
 * (a NOT_YET with the day to assess again). What was typed stays when it is refused. Read once per view and after
 * recording.
 */
@Named
@ViewScoped
public class ReadinessBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Readiness readiness;

    @Inject
    Members members;

    @Inject
    FacesMessages messages;

    private String memberRef;
    private LocalDate date;
    private String organisation;
    private String outcome = "NOT_YET";
    private LocalDate reassessOn;

    private transient List<Readiness.Due> due;
    private transient List<Member> choices;

    public List<Readiness.Due> getDue() {
        if (due == null) {
            due = readiness.due();
        }
        return due;
    }

    public List<Member> getChoices() {
        if (choices == null) {
            choices = members.list().stream().filter(m -> m.getStatus() != Participation.Status.WITHDRAWN).toList();
        }
        return choices;
    }

    public void record() {
        try {
            readiness.record(memberRef, date, organisation, outcome, reassessOn);
            messages.info("member.readiness.recorded");
            due = null;
            memberRef = null;
            date = null;
            organisation = null;
            reassessOn = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (NotFound missing) {
            messages.error("member.readiness.memberRequired");
        }
    }

    public String getMemberRef() {
        return memberRef;
    }

    public void setMemberRef(String memberRef) {
        this.memberRef = memberRef;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getReassessOn() {
        return reassessOn;
    }

    public void setReassessOn(LocalDate reassessOn) {
        this.reassessOn = reassessOn;
    }
}
