package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.nstac.portal.consultation.application.Positions;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The council's joint position on a consultation's page: the chair drafts and submits it, members endorse it or
 * dissent with a reason, and the ministry's answer stands beside it once given. Read once per view and again after
 * each of these actions.
 */
@Named
@ViewScoped
public class ConsultationPosition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationPage page;

    @Inject
    Positions positions;

    @Inject
    FacesMessages messages;

    private String positionText;
    private boolean positionTextRead;
    private String dissentReason;
    private String answerDisposition;
    private String answerReason;

    private transient Optional<Positions.PositionView> position;

    private Optional<Positions.PositionView> position() {
        if (position == null) {
            position = positions.of(page.getId(), page.viewer());
        }
        return position;
    }

    public boolean hasPosition() {
        return position().isPresent();
    }

    public Positions.PositionView getPositionView() {
        return position().orElse(null);
    }

    public boolean isPositionSubmitted() {
        return position().map(Positions.PositionView::submitted).orElse(false);
    }

    public void draftPosition() {
        try {
            positions.draft(page.getId(), positionText, page.viewer());
            messages.info("consultation.position.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    public void submitPosition() {
        try {
            positions.submit(page.getId(), page.viewer());
            messages.info("consultation.position.submittedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    public void endorse() {
        stance(true);
    }

    public void dissent() {
        stance(false);
    }

    private void stance(boolean endorse) {
        try {
            positions.stance(page.getId(), endorse, dissentReason, page.viewer());
            messages.info("consultation.position.stanceSaved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        reread();
    }

    /** The owning ministry answers the submitted position, as it answers a comment: a disposition and a reason. */
    public void answerPosition() {
        try {
            org.nstac.portal.consultation.domain.Disposition chosen = answerDisposition == null
                    || answerDisposition.isBlank() ? null
                    : org.nstac.portal.consultation.domain.Disposition.valueOf(answerDisposition);
            positions.answer(page.getId(), chosen, answerReason, page.viewer());
            messages.info("consultation.position.answer.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (IllegalArgumentException unknown) {
            messages.error("consultation.answer.dispositionUnknown");
        }
        reread();
    }

    public org.nstac.portal.consultation.domain.Disposition[] getDispositions() {
        return org.nstac.portal.consultation.domain.Disposition.values();
    }

    /** The ministry's choice: what it typed, else its earlier answer. */
    public String getAnswerDisposition() {
        if (answerDisposition == null) {
            answerDisposition = position().map(Positions.PositionView::disposition).map(Enum::name).orElse(null);
        }
        return answerDisposition;
    }

    public void setAnswerDisposition(String answerDisposition) {
        this.answerDisposition = answerDisposition;
    }

    public String getAnswerReason() {
        if (answerReason == null) {
            answerReason = position().map(Positions.PositionView::reason).orElse(null);
        }
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }

    private void reread() {
        position = null;
        page.reread();
    }

    /** The chair's text: the stored draft when the page opens, then what the chair typed. */
    public String getPositionText() {
        if (!positionTextRead) {
            positionText = position().map(Positions.PositionView::text).orElse("");
            positionTextRead = true;
        }
        return positionText;
    }

    public void setPositionText(String positionText) {
        this.positionText = positionText;
        positionTextRead = true;
    }

    public String getDissentReason() {
        return dissentReason;
    }

    public void setDissentReason(String dissentReason) {
        this.dissentReason = dissentReason;
    }
}
