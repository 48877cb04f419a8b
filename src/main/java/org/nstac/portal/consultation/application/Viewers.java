package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    org.nstac.portal.shared.MemberDirectory memberDirectory;

    @Inject
    Organisations organisations;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    private Viewer viewer;
    private Viewer demo;

    public Viewer current(Locale locale) {
        if (demo != null) {
            return demo.locale().equals(locale) ? demo
                    : new Viewer(demo.login(), demo.roles(), demo.memberRef(), demo.organisation(), locale);
        }
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

    /**
     * Demo data only ({@code portal.demo-data=true}), seeded at startup where nobody is signed in: for the rest of this
     * request context the seeding acts as the demo user {@code login} in {@code role} (a member or the chair with
     * their member reference, a ministry official for their ministry), and {@link #current} answers that viewer.
     * Refused in any other setting, so a production portal can never use it.
     *
     * @return the viewer the seeding now acts as
     */
    public Viewer actForDemoData(String login, Role role) {
        if (!demoData) {
            throw new IllegalStateException("Only the demo data acts for someone, and there is none here");
        }
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        var roles = EnumSet.of(role);
        if (role == Role.CHAIR) {
            roles.add(Role.MEMBER);
        }
        Optional<String> memberRef = roles.contains(Role.MEMBER) ? memberDirectory.refOfLogin(login)
                : Optional.empty();
        Optional<String> organisation = role == Role.MINISTRY ? organisations.organisationOf(login)
                : Optional.empty();
        demo = new Viewer(login, roles, memberRef, organisation, Locale.ENGLISH);
        return demo;
    }
}
