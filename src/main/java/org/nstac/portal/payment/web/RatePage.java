package org.nstac.portal.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.nstac.portal.payment.api.RateResource;
import org.nstac.portal.payment.application.RateCards;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/** The rate card page of finance and the administrator: every dated rate next to its expert reference, and a new one. */
@Named
@ViewScoped
public class RatePage implements Serializable {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    org.nstac.portal.payment.application.PaymentPolicy policy;

    @jakarta.annotation.PostConstruct
    void startFromToday() {
        policy.require(org.nstac.portal.payment.domain.PaymentAction.READ_RATES);
        validFrom = clock.today();
    }

    private static final long serialVersionUID = 1L;

    @Inject
    RateCards rates;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private String activity = Activity.MEETING_DAY.name();
    private String taskKind;
    private String memberAmount;
    private String expertReference;
    private String currency = "RSD";
    private LocalDate validFrom;

    public List<RateResource.RateJson> getRates() {
        return RateResource.views(rates);
    }

    public List<String> getActivities() {
        return Arrays.stream(Activity.values()).filter(Activity::onRateCard).map(Enum::name).toList();
    }

    public void add() {
        policy.require(org.nstac.portal.payment.domain.PaymentAction.SET_RATES);
        try {
            rates.add(new RateCards.NewRate(activity, taskKind, memberAmount, expertReference, currency, validFrom),
                    user.getName());
            messages.info("payment.rate.saved");
            memberAmount = null;
            expertReference = null;
            taskKind = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getTaskKind() {
        return taskKind;
    }

    public void setTaskKind(String taskKind) {
        this.taskKind = taskKind;
    }

    public String getMemberAmount() {
        return memberAmount;
    }

    public void setMemberAmount(String memberAmount) {
        this.memberAmount = memberAmount;
    }

    public String getExpertReference() {
        return expertReference;
    }

    public void setExpertReference(String expertReference) {
        this.expertReference = expertReference;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
