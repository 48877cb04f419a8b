package org.nstac.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.OptionalLong;
import org.nstac.portal.member.domain.Pseudonym;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.platform.Messages;

/**
 * A member's name as a page shows it: the pseudonym, or for an erased member "Former member N" in the reader's
 * language. The database keeps one neutral English form so that the name is the same everywhere; only the page
 * translates it.
 */
@Named("memberNames")
@RequestScoped
public class MemberNames {

    @Inject
    LanguageBean language;

    @Inject
    Messages messages;

    public String display(String storedPseudonym) {
        return display(storedPseudonym, language.getLocale(), messages);
    }

    /** As {@link #display(String)}, in {@code locale}; for code outside a page request (reports, exports). */
    public static String display(String storedPseudonym, java.util.Locale locale, Messages messages) {
        if (storedPseudonym == null) {
            return "";
        }
        OptionalLong former = Pseudonym.formerMemberNumberOf(storedPseudonym);
        return former.isPresent()
                ? messages.get(locale, "member.formerMember", former.getAsLong())
                : storedPseudonym;
    }
}
