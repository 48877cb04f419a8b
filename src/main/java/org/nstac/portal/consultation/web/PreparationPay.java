package org.nstac.portal.consultation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.nstac.portal.consultation.application.PreparationClaims;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/** What taking part in a consultation pays the member reading it, and their claim. Read once per view and action. */
@Named
@ViewScoped
public class PreparationPay implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PreparationClaims claims;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private String hours;
    private String draftingHours;
    private transient PreparationClaims.PayView view;
    private transient boolean read;

    /** The pay of consultation {@code id} for the reader; null for anyone who is not a member. */
    public PreparationClaims.PayView of(Long id) {
        if (!read && id != null) {
            read = true;
            try {
                view = claims.view(id, viewers.current(language.getLocale()));
            } catch (NotFound notAMember) {
                view = null;
            }
        }
        return view;
    }

    public boolean claimed(String kind) {
        return view != null && view.claims().stream().anyMatch(c -> c.kind().name().equals(kind));
    }

    public void claim(Long id, String kind) {
        PreparationClaims.Kind what = PreparationClaims.Kind.valueOf(kind);
        try {
            claims.claim(id, what, what == PreparationClaims.Kind.DRAFTING ? draftingHours : hours,
                    viewers.current(language.getLocale()));
            messages.info("consultation.pay.claimedDone");
            hours = null;
            draftingHours = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        read = false;
        view = null;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getDraftingHours() {
        return draftingHours;
    }

    public void setDraftingHours(String draftingHours) {
        this.draftingHours = draftingHours;
    }
}
