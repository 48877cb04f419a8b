package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.member.application.Pausing;
import org.nstac.portal.member.application.Withdrawal;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.infrastructure.IdentityRevealRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The member's own page: step back or come back with one click, see every opening of their identity, and leave the
 * council. The member and the reveal log are read once per view, and the member again after every change.
 */
@Named
@ViewScoped
public class MyParticipation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentMember current;

    @Inject
    Pausing pausing;

    @Inject
    IdentityReveals reveals;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    @Inject
    Withdrawal withdrawal;

    private LocalDate pauseUntil;
    private String withdrawalConfirmation;

    // Read once per view (pages evaluate these many times), and the member again after every change.
    private transient Optional<Member> me;
    private transient List<IdentityRevealRecord> revealLog;

    public Optional<Member> getMe() {
        if (me == null) {
            me = current.member();
        }
        return me;
    }

    public boolean isPaused() {
        return getMe().map(m -> m.getStatus() == org.nstac.portal.member.domain.Participation.Status.PAUSED).orElse(false);
    }

    public LocalDate getPausedUntil() {
        return getMe().map(Member::getPausedUntil).orElse(null);
    }

    public void pause() {
        getMe().ifPresent(m -> {
            try {
                me = Optional.of(pausing.pause(m.getRef(), pauseUntil, user.getName()));
                messages.info("member.participation.paused");
            } catch (DomainRuleViolation violation) {
                messages.violation(violation);
            }
        });
    }

    public void resume() {
        getMe().ifPresent(m -> {
            me = Optional.of(pausing.resume(m.getRef(), user.getName()));
            messages.info("member.participation.resumed");
        });
    }

    /** Leaves the council for good, then ends the portal session: the account no longer exists. */
    public void withdraw() throws java.io.IOException {
        var member = getMe();
        if (member.isEmpty()) {
            return;
        }
        try {
            withdrawal.withdraw(member.get().getRef(), withdrawalConfirmation, user.getName());
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            return;
        } catch (org.nstac.portal.security.KeycloakAdmin.Unavailable keycloakDown) {
            messages.error("member.withdrawal.retry");
            return;
        }
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    public String getWithdrawalConfirmation() {
        return withdrawalConfirmation;
    }

    public void setWithdrawalConfirmation(String withdrawalConfirmation) {
        this.withdrawalConfirmation = withdrawalConfirmation;
    }

    public List<IdentityRevealRecord> getRevealLog() {
        if (revealLog == null) {
            revealLog = getMe().map(m -> reveals.logOf(m.getRef())).orElse(List.of());
        }
        return revealLog;
    }

    public LocalDate getPauseUntil() {
        return pauseUntil;
    }

    public void setPauseUntil(LocalDate pauseUntil) {
        this.pauseUntil = pauseUntil;
    }
}
