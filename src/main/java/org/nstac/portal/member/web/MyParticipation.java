package org.nstac.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.member.application.IdentityReveals;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.application.Pausing;
import org.nstac.portal.member.application.Withdrawal;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.infrastructure.IdentityRevealRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;

/** The member's own page: step back or come back with one click, and see every opening of their identity. */
@Named
@ViewScoped
public class MyParticipation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ME = MyParticipation.class.getName() + ".me";

    @Inject
    Members members;

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

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    /** Looked up once per request (pages evaluate this many times), and again after every change. */
    public Optional<Member> getMe() {
        Object cached = request.getAttribute(ME);
        if (cached == null) {
            cached = members.findByLogin(user.getName());
            request.setAttribute(ME, cached);
        }
        @SuppressWarnings("unchecked")
        Optional<Member> me = (Optional<Member>) cached;
        return me;
    }

    private void changed() {
        request.removeAttribute(ME);
    }

    public boolean isPaused() {
        return getMe().map(m -> m.getStatus() == org.nstac.portal.member.domain.Participation.Status.PAUSED).orElse(false);
    }

    public LocalDate getPausedUntil() {
        return getMe().map(Member::getPausedUntil).orElse(null);
    }

    public void pause() {
        getMe().ifPresent(me -> {
            try {
                pausing.pause(me.getRef(), pauseUntil, user.getName());
                changed();
                messages.info("member.participation.paused");
            } catch (DomainRuleViolation violation) {
                messages.violation(violation);
            }
        });
    }

    public void resume() {
        getMe().ifPresent(me -> {
            pausing.resume(me.getRef(), user.getName());
            changed();
            messages.info("member.participation.resumed");
        });
    }

    /** Leaves the council for good, then ends the portal session: the account no longer exists. */
    public void withdraw() throws java.io.IOException {
        var me = getMe();
        if (me.isEmpty()) {
            return;
        }
        try {
            withdrawal.withdraw(me.get().getRef(), withdrawalConfirmation, user.getName());
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
        return getMe().map(me -> reveals.logOf(me.getRef())).orElse(List.of());
    }

    public LocalDate getPauseUntil() {
        return pauseUntil;
    }

    public void setPauseUntil(LocalDate pauseUntil) {
        this.pauseUntil = pauseUntil;
    }
}
