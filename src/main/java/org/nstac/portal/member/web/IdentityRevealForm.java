package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * The custodian opens one member's identity, with a written reason, after a recent sign-in. The values are shown on
 * this page only, and forgotten with the view.
 */
@Named
@ViewScoped
public class IdentityRevealForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Members members;

    @Inject
    IdentityReveals reveals;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private String memberRef;
    private String reason;
    // Never serialised: a replicated or passivated view must not carry an identity in clear.
    private transient IdentityVault.Identity identity;

    /** Signed in within the last five minutes? Otherwise the page offers to sign in again first. */
    public boolean isRecentlySignedIn() {
        return reveals.isRecent(user.getSecondFactorAt().orElse(null));
    }

    /** When the custodian last gave the password, for the page to say so (null if unknown). */
    public java.util.Date getSignedInAt() {
        return user.getAuthenticatedAt().map(java.util.Date::from).orElse(null);
    }

    public void reveal() {
        identity = null;
        var member = members.findByRef(memberRef);
        if (member.isEmpty()) {
            messages.error("custodian.reveal.chooseMember");
            return;
        }
        try {
            identity = reveals.reveal(member.get(), user.getName(), user.getSecondFactorAt().orElse(null), reason,
                    IdentityVault.ALL_FIELDS);
            reason = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        } catch (org.nstac.portal.security.StepUp.Required stale) {
            messages.error("member.reveal.reauthenticate");
        }
    }

    public IdentityVault.Identity getIdentity() {
        return identity;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public void setMemberRef(String memberRef) {
        this.memberRef = memberRef;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
