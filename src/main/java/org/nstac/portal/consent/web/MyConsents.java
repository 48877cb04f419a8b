package org.nstac.portal.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.member.application.Members;
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
    Members members;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private List<Consents.Standing> standing;

    public List<Consents.Standing> getStanding() {
        if (standing == null) {
            standing = members.findByLogin(user.getName())
                    .map(me -> consents.standingOf(me.getRef(), language.getLocale())).orElse(List.of());
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
        members.findByLogin(user.getName()).ifPresent(me -> {
            consents.record(me.getRef(), purpose, given, user.getName());
            messages.info(given ? "member.consents.given" : "member.consents.withdrawn");
            standing = null;
        });
    }
}
