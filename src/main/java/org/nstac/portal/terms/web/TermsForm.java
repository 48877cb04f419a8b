package org.nstac.portal.terms.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.payment.domain.Rate;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.terms.application.TermsRegister;
import org.nstac.portal.terms.domain.TermsVersion;

/** The administrator's terms page: the version in force with the card, and publishing the next version. */
@Named
@ViewScoped
public class TermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermsRegister terms;

    @Inject
    FacesMessages messages;

    private TermsVersion current;
    private List<Rate> rates;
    private String textEn;
    private String textSr;

    @PostConstruct
    void load() {
        current = terms.current();
        rates = terms.ratesToday();
        textEn = current.getTextEn();
        textSr = current.getTextSr();
    }

    /** Publishes the edited texts as the next version; on a refusal the typed texts stay in the form. */
    public void publish() {
        try {
            TermsVersion published = terms.publish(current.getVersion() + 1, textEn, textSr);
            messages.info("terms.admin.published", published.getVersion());
            load();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public TermsVersion getCurrent() {
        return current;
    }

    public List<Rate> getRates() {
        return rates;
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
