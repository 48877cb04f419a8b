package org.nstac.portal.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.learning.application.Learning;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;

/** The member's learning page: the trainings offered to them (accept, with or without the role; decline) and their record. */
@Named
@ViewScoped
public class MyLearning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Learning learning;

    @Inject
    FacesMessages messages;

    @Inject
    Profiles profiles;

    @Inject
    LanguageBean language;

    private transient java.util.Map<String, String> noteLabels;
    private List<Learning.OfferView> offers;
    private List<Learning.Completion> record;

    @PostConstruct
    void load() {
        offers = learning.mine();
        record = learning.myRecord();
    }

    public void accept(long offerId, boolean addRole) {
        try {
            learning.accept(offerId, addRole);
            messages.info("learning.mine.accepted");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        load();
    }

    public void decline(long offerId) {
        try {
            learning.decline(offerId);
            messages.info("learning.mine.declined");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        load();
    }

    public List<Learning.OfferView> getOffers() {
        return offers;
    }

    /** The content-note vocabulary in the page's language, read once per view. */
    public java.util.Map<String, String> getNoteLabels() {
        if (noteLabels == null) {
            noteLabels = profiles.vocabulary(language.isSerbian() ? "sr" : "en");
        }
        return noteLabels;
    }

    public List<Learning.Completion> getRecord() {
        return record;
    }
}
