package org.nstac.portal.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.nstac.portal.care.application.CrisisProtocol;
import org.nstac.portal.care.infrastructure.CrisisProtocolRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The secretariat's form for the crisis protocol: both languages, filled with the version in force; saving writes a
 * new version. What was typed stays in the fields when a rule refuses it.
 */
@Named
@ViewScoped
public class CrisisProtocolForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CrisisProtocol protocol;

    @Inject
    FacesMessages messages;

    private String en;
    private String sr;
    private String updatedOn;
    private String updatedBy;
    private boolean loaded;

    /** Fills the form once per view. @throws org.nstac.portal.shared.NotFound for anyone but the secretariat */
    public void load() {
        if (loaded) {
            return;
        }
        if (!protocol.mayEdit()) {
            throw new org.nstac.portal.shared.NotFound();
        }
        protocol.current().ifPresent(p -> {
            en = p.getEn();
            sr = p.getSr();
            show(p);
        });
        loaded = true;
    }

    public void save() {
        try {
            show(protocol.update(en, sr));
            messages.info("care.protocol.edit.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    private void show(CrisisProtocolRecord p) {
        updatedOn = org.nstac.portal.shared.CouncilClock.dayOf(p.getUpdatedAt()).toString();
        updatedBy = p.getUpdatedBy();
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getSr() {
        return sr;
    }

    public void setSr(String sr) {
        this.sr = sr;
    }

    public String getUpdatedOn() {
        return updatedOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
