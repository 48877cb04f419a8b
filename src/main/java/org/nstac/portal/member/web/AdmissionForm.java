package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.nstac.portal.member.application.MemberAdmission;
import org.nstac.portal.security.KeycloakAdmin;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The secretariat's admission form. A refused admission keeps everything typed; a successful one shows the login and
 * the one-time password once, on this page only (never in a URL, a log or a mail).
 */
@Named
@ViewScoped
public class AdmissionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberAdmission admission;

    @Inject
    FacesMessages messages;

    @Inject
    CurrentUser user;

    private String pseudonym;
    private String legalName;
    private String email;
    private String phone;
    private String iban;
    private boolean paidThroughPartner;
    private String emergencyContact;
    private String language = "sr-Latn";
    private boolean adult;
    private Integer yearsSinceExploitation;
    private String belowRuleReason;
    private LocalDate readinessDate;
    private String readinessOrganisation;
    private String readinessOutcome = "READY";
    private MemberAdmission.Admitted admitted;

    public void admit() {
        try {
            admitted = admission.admit(new MemberAdmission.Application(pseudonym, legalName, email, phone, iban,
                    paidThroughPartner, emergencyContact, language, adult, yearsSinceExploitation, belowRuleReason,
                    readinessDate, readinessOrganisation, readinessOutcome), user.getName());
            // The identity is in the vault now: nothing of it stays in this view's state (kept in the session, and
            // in the data grid's copy of it). The page replaces the form with the result, so nothing is typed again.
            forget();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (KeycloakAdmin.Unavailable keycloakDown) {
            messages.error("member.admission.keycloakUnavailable");
        }
    }

    /** Everything typed, back to a blank form: the result names the member by pseudonym and login only. */
    private void forget() {
        pseudonym = null;
        legalName = null;
        email = null;
        phone = null;
        iban = null;
        paidThroughPartner = false;
        emergencyContact = null;
        adult = false;
        yearsSinceExploitation = null;
        belowRuleReason = null;
        readinessDate = null;
        readinessOrganisation = null;
        readinessOutcome = "READY";
    }

    public MemberAdmission.Admitted getAdmitted() {
        return admitted;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public boolean isPaidThroughPartner() {
        return paidThroughPartner;
    }

    public void setPaidThroughPartner(boolean paidThroughPartner) {
        this.paidThroughPartner = paidThroughPartner;
    }

    public String getEmergencyContact() {
        return emergencyContact;
    }

    public void setEmergencyContact(String emergencyContact) {
        this.emergencyContact = emergencyContact;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isAdult() {
        return adult;
    }

    public void setAdult(boolean adult) {
        this.adult = adult;
    }

    public Integer getYearsSinceExploitation() {
        return yearsSinceExploitation;
    }

    public void setYearsSinceExploitation(Integer yearsSinceExploitation) {
        this.yearsSinceExploitation = yearsSinceExploitation;
    }

    public String getBelowRuleReason() {
        return belowRuleReason;
    }

    public void setBelowRuleReason(String belowRuleReason) {
        this.belowRuleReason = belowRuleReason;
    }

    public LocalDate getReadinessDate() {
        return readinessDate;
    }

    public void setReadinessDate(LocalDate readinessDate) {
        this.readinessDate = readinessDate;
    }

    public String getReadinessOrganisation() {
        return readinessOrganisation;
    }

    public void setReadinessOrganisation(String readinessOrganisation) {
        this.readinessOrganisation = readinessOrganisation;
    }

    public String getReadinessOutcome() {
        return readinessOutcome;
    }

    public void setReadinessOutcome(String readinessOutcome) {
        this.readinessOutcome = readinessOutcome;
    }
}
