package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.nstac.portal.member.application.Withdrawal;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.KeycloakAdmin;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The secretariat withdraws a member at the member's request, from the members page: a confirmation step under the
 * member's row that says what is erased and asks for the confirmation word in the officer's language (the same word
 * the member types on their own page). {@link Withdrawal} checks the word and who may do it; nothing is erased before
 * the word is typed.
 */
@Named
@ViewScoped
public class SecretariatWithdrawal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Withdrawal withdrawal;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;


    /** The member whose withdrawal waits for its confirmation step, if any. */
    private String confirming;
    private String confirmation;

    public void ask(String memberRef) {
        confirming = memberRef;
        confirmation = null;
    }

    public boolean isConfirming(String memberRef) {
        return memberRef != null && memberRef.equals(confirming);
    }

    /** "No, go back": the member stays as they are. */
    public void keep() {
        confirming = null;
        confirmation = null;
    }

    /**
     * Withdraws the member being confirmed and shows the list afresh (redirect after POST, the message in the flash:
     * the table's rows were read before the withdrawal); the step stays open, with what was typed, when it is refused.
     */
    public String withdraw() {
        if (confirming == null) {
            return null;
        }
        try {
            Member withdrawn = withdrawal.withdraw(confirming, confirmation, user.getName());
            messages.info("secretariat.members.withdraw.done", withdrawn.getPseudonym());
            confirming = null;
            confirmation = null;
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/secretariat/members?faces-redirect=true";
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (KeycloakAdmin.Unavailable keycloakDown) {
            messages.error("secretariat.members.withdraw.retry");
        }
        return null;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
