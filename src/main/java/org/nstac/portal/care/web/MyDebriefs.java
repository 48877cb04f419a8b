package org.nstac.portal.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.care.application.Debriefs;
import org.nstac.portal.care.infrastructure.DebriefRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The member's debriefs after sensitive work, each with "Yes, please" and "No, thank you": no reason asked. Read once
 * per view and again after each answer.
 */
@Named
@ViewScoped
public class MyDebriefs implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Debriefs debriefs;

    @Inject
    FacesMessages messages;

    private transient List<DebriefRecord> mine;

    public List<DebriefRecord> getMine() {
        if (mine == null) {
            mine = debriefs.mine();
        }
        return mine;
    }

    public void accept(long id) {
        decide(id, true);
    }

    public void decline(long id) {
        decide(id, false);
    }

    private void decide(long id, boolean accept) {
        try {
            debriefs.decide(id, accept);
            messages.info(accept ? "care.debrief.acceptedDone" : "care.debrief.declinedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        mine = null;
    }
}
