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

    public void move(String phase) {
        try {
            consultations.move(page.getId(), Phase.valueOf(phase), page.viewer());
            messages.info("consultation.phase.moved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        page.reread();
    }
}
