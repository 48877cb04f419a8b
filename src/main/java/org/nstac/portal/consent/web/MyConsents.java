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

    @Inject
    org.nstac.portal.consent.application.EventConsents eventConsents;

    private List<Consents.Standing> standing;

    private List<EventRow> events;

    /** One event's consent as the page shows it: the wording in the page's language, and whether it can be taken back. */
    public record EventRow(org.nstac.portal.consent.domain.EventConsent consent, String wording, boolean withdrawable) {
    }

    /** The member's consent for each public event they accepted, the newest first. */
    public List<EventRow> getEvents() {
        if (events == null) {
            events = member.ref().map(me -> eventConsents.of(me).stream().map(c -> new EventRow(c,
                    c.wordingIn(language.getLocale()), eventConsents.withdrawable(c))).toList()).orElse(List.of());
        }
        return events;
    }

    /** Takes back the consent for one event, no reason asked; the secretariat is told. */
    public void withdrawEvent(long id) {
        try {
            eventConsents.withdraw(id);
            messages.info("consent.event.withdrawn");
            events = null;
        } catch (org.nstac.portal.shared.DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

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
