package org.nstac.portal.terms.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.terms.application.TermsRegister;

/** The secretariat's list: each member taking part, and the last version of the terms they accepted. */
@Named
@RequestScoped
public class TermsStandings {

    @Inject
    TermsRegister terms;

    @Inject
    LanguageBean language;

    private List<TermsRegister.Standing> standings;
    private Integer current;

    public List<TermsRegister.Standing> getStandings() {
        if (standings == null) {
            standings = terms.standings(language.getLocale());
        }
        return standings;
    }

    public int getCurrentVersion() {
        if (current == null) {
            current = terms.current().getVersion();
        }
        return current;
    }
}
