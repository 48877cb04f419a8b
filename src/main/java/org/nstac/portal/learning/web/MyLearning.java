package org.nstac.portal.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.learning.application.Learning;
import org.nstac.portal.platform.FacesMessages;
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

    public List<Learning.Completion> getRecord() {
        return record;
    }
}
