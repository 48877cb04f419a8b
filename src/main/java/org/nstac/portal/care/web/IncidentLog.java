package org.nstac.portal.care.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nstac.portal.care.application.Incidents;
import org.nstac.portal.care.domain.IncidentAction;
import org.nstac.portal.care.domain.IncidentKind;
import org.nstac.portal.care.infrastructure.IncidentRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The incident log's page, for the secretariat and the chair (anyone else gets the not-found page): a form to log an
 * incident (no field for what the person went through) and the entries with their follow-ups, each due one with
 * "Follow-up done". The entries are read once per view and again after each action; what was typed stays in the form
 * when a rule refuses it.
 */
@Named
@ViewScoped
public class IncidentLog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry as the page shows it: the member's pseudonym (never an identity) beside the reference. */
    public record Row(IncidentRecord incident, List<IncidentAction> actions, String member, boolean due)
            implements Serializable {
    }

    /** A member to choose on the form. */
    public record Choice(String ref, String name) implements Serializable {
    }

    @Inject
    Incidents incidents;

    @Inject
    FacesMessages messages;

    private LocalDate occurredOn;
    private String kind;
    private List<String> actions = new ArrayList<>();
    private String note;
    private LocalDate followUpOn;
    private String memberRef;

    private transient List<Row> rows;
    private transient List<Choice> members;

    /** @throws org.nstac.portal.shared.NotFound for anyone but the secretariat and the chair */
    public void open() {
        if (!incidents.mayList()) {
            throw new org.nstac.portal.shared.NotFound();
        }
    }

    public void record() {
        try {
            incidents.record(Incidents.Draft.whole(occurredOn, kind, actions, note, followUpOn, false, memberRef));
            messages.info("care.incidents.saved");
            occurredOn = null;
            kind = null;
            actions = new ArrayList<>();
            note = null;
            followUpOn = null;
            memberRef = null;
            rows = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void followUpDone(long id) {
        try {
            incidents.followUpDone(id);
            messages.info("care.incidents.followUp.marked");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        rows = null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<IncidentRecord> all = incidents.list();
            Map<String, String> names = incidents.memberNames(all, locale());
            rows = all.stream().map(i -> new Row(i, List.copyOf(i.getActions()),
                    i.getMemberRef() == null ? "" : names.getOrDefault(i.getMemberRef(), i.getMemberRef()),
                    incidents.followUpDue(i))).toList();
        }
        return rows;
    }

    public List<Choice> getMembers() {
        if (members == null) {
            members = incidents.membersToChoose(locale()).entrySet().stream()
                    .map(e -> new Choice(e.getKey(), e.getValue())).toList();
        }
        return members;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public IncidentKind[] getKinds() {
        return IncidentKind.values();
    }

    public IncidentAction[] getActionChoices() {
        return IncidentAction.values();
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<String> getActions() {
        return actions;
    }

    public void setActions(List<String> actions) {
        this.actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public void setMemberRef(String memberRef) {
        this.memberRef = memberRef;
    }
}
