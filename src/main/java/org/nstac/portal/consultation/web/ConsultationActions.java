package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What moves a consultation on, from its page: the next phase for those who may move it. The ways to the draft form,
 * the ministry's answer screen and the report are links the page shows by {@link ConsultationPage#may}; the phase is
 * read again after every move.
 */
@Named
@ViewScoped
public class ConsultationActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationPage page;

    @Inject
    Consultations consultations;

    @Inject
    FacesMessages messages;

    /** The phase this person could move the consultation to next, if any. */
    public String getNextPhase() {
        if (!page.may(Action.MOVE_PHASE)) {
            return null;
        }
        return page.consultation().getPhase().next().map(Enum::name).orElse(null);
    }

    private String declineReason;
    private String outcome;
    private String outcomeNote;
    private String outcomeLink;

    /** The outcomes the owning organisation may record. */
    public org.nstac.portal.consultation.domain.Outcome[] getOutcomes() {
        return org.nstac.portal.consultation.domain.Outcome.values();
    }

    /** Records what became of the law; what was typed stays when a rule refuses it. */
    public String saveOutcome() {
        try {
            consultations.recordOutcome(page.getId(), outcome == null ? null
                    : org.nstac.portal.consultation.domain.Outcome.parse(outcome), outcomeNote, outcomeLink,
                    page.viewer());
            messages.info("consultation.outcome.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            page.reread();
            return null;
        }
        return backToThePage();
    }

    public String getOutcome() {
        if (outcome == null && page.may(Action.RECORD_OUTCOME)) {
            outcome = page.consultation().getOutcomeName();
            outcomeNote = page.consultation().getOutcomeNote();
            outcomeLink = page.consultation().getOutcomeLink();
        }
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getOutcomeLink() {
        return outcomeLink;
    }

    public void setOutcomeLink(String outcomeLink) {
        this.outcomeLink = outcomeLink;
    }

    /** Whether the secretariat may accept or decline this request for advice now. */
    public boolean isRequestWaiting() {
        return page.may(Action.MOVE_PHASE) && page.consultation().getPhase() == Phase.REQUESTED;
    }

    /** Declines the request with the reason typed; the reason stays in the field when it is refused. */
    public String decline() {
        try {
            consultations.move(page.getId(), Phase.DECLINED, declineReason, page.viewer());
            messages.info("consultation.request.declined");
            declineReason = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            page.reread();
            return null;
        }
        return backToThePage();
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    private boolean confirming;

    /** Shows the confirmation step before moving the phase; nothing changes until it is confirmed. */
    public void askMove() {
        confirming = true;
    }

    public boolean isConfirming() {
        return confirming;
    }

    /** "No, go back": the consultation stays in its phase. */
    public void keep() {
        confirming = false;
    }

    /**
     * Moves the phase and redirects to the consultation's own address (redirect after POST): a reload does not send
     * the move again, and the address keeps {@code ?id=} for bookmarks. The message travels in the flash.
     */
    public String move(String phase) {
        confirming = false;
        try {
            consultations.move(page.getId(), Phase.valueOf(phase), page.viewer());
            messages.info("consultation.phase.moved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            page.reread();
            return null;
        }
        return backToThePage();
    }

    private String backToThePage() {
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/consultations/view?faces-redirect=true&id=" + page.getId();
    }
}
