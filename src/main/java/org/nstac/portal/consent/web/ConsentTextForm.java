package org.nstac.portal.consent.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consent.domain.ConsentText;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/** The administrator's consent texts: what is in force, and publishing the next version of one. */
@Named
@ViewScoped
public class ConsentTextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consents consents;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private ConsentPurpose purpose = ConsentPurpose.COUNCIL_WORK;
    private String textEn;
    private String textSr;

    public List<ConsentText> getTexts() {
        return consents.currentTexts();
    }

    public ConsentPurpose[] getPurposes() {
        return ConsentPurpose.values();
    }

    public void publish() {
        try {
            ConsentText published = consents.publish(purpose, textEn, textSr, user.getName());
            messages.info("admin.consents.published", published.getVersion());
            textEn = null;
            textSr = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextSr() {
        return textSr;
    }

    public void setTextSr(String textSr) {
        this.textSr = textSr;
    }
}
