package org.nstac.portal.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.security.CurrentUser;

/** The member's consent page: each purpose's text, one button to give or withdraw, and the history. */
@Named
@RequestScoped
public class MyConsents {

    @Inject
    Consents consents;

    @Inject
    MemberContext member;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private List<Consents.Standing> standing;

    public List<Consents.Standing> getStanding() {
        if (standing == null) {
            standing = member.ref().map(me -> consents.standingOf(me, language.getLocale())).orElse(List.of());
        }
        return standing;
    }

    public void give(ConsentPurpose purpose) {
        change(purpose, true);
    }

    public void withdraw(ConsentPurpose purpose) {
        change(purpose, false);
    }

    private void change(ConsentPurpose purpose, boolean given) {
        member.ref().ifPresent(me -> {
            consents.record(me, purpose, given, user.getName());
            messages.info(given ? "member.consents.given" : "member.consents.withdrawn");
            standing = null;
        });
    }
}
