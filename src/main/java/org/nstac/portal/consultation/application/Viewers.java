package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** The {@link Viewer} of this request, looked up once. */
@RequestScoped
public class Viewers {

    @Inject
    CurrentUser user;

    @Inject
    org.nstac.portal.shared.MemberContext member;

    @Inject
    Organisations organisations;

    private Viewer viewer;

    public Viewer current(Locale locale) {
        if (viewer == null || !viewer.locale().equals(locale)) {
            String login = user.getName();
            Optional<String> memberRef = user.hasRole(Role.MEMBER) || user.hasRole(Role.CHAIR)
                    ? member.ref()
                    : Optional.empty();
            // A partner official acts only for an NGO or a union: a login linked to any other kind of organisation
            // asks for nothing and sees nothing of that organisation's consultations.
            Optional<String> organisation = user.hasRole(Role.MINISTRY) ? organisations.organisationOf(login)
                    : user.hasRole(Role.PARTNER) ? organisations.organisationOf(login).filter(code -> organisations
                            .kindOf(code).filter(org.nstac.portal.organisation.domain.OrganisationKind::isPartner)
                            .isPresent())
                    : Optional.empty();
            var roles = EnumSet.noneOf(Role.class);
            roles.addAll(user.getRoles());
            viewer = new Viewer(login, roles, memberRef, organisation, locale);
        }
        return viewer;
    }
}
