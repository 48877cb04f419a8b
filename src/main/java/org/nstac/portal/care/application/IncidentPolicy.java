package org.nstac.portal.care.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.care.domain.IncidentRules;
import org.nstac.portal.care.domain.IncidentRules.Action;
import org.nstac.portal.care.domain.IncidentRules.Relation;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.NotFound;

/**
 * The caller as the crisis protocol and the incident log see them ({@link IncidentRules}), asked by the services for
 * pages and API alike; a refusal is "not found".
 */
@RequestScoped
public class IncidentPolicy {

    @Inject
    CurrentUser user;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    private String demoLogin;

    Set<Relation> relations() {
        Set<Relation> r = EnumSet.noneOf(Relation.class);
        if (demoLogin != null) {
            r.add(Relation.SIGNED_IN);
            r.add(Relation.SECRETARIAT);
            return r;
        }
        if (!user.isSignedIn()) {
            return r;
        }
        r.add(Relation.SIGNED_IN);
        if (user.hasRole(Role.SECRETARIAT)) {
            r.add(Relation.SECRETARIAT);
        }
        if (user.hasRole(Role.CHAIR)) {
            r.add(Relation.CHAIR);
        }
        return r;
    }

    public boolean may(Action action) {
        return IncidentRules.allows(action, relations());
    }

    /** @throws NotFound when the caller is not granted the action */
    public void require(Action action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** Who acts: the login, never a name. */
    public String actor() {
        return demoLogin != null ? demoLogin : user.getName();
    }

    /**
     * Demo data only ({@code portal.demo-data=true}), seeded at startup where nobody is signed in: for the rest of this
     * request context the seeding acts as the secretariat account {@code login}. Refused in any other setting.
     */
    public void actForDemoData(String login) {
        if (!demoData) {
            throw new IllegalStateException("Only the demo data acts for someone, and there is none here");
        }
        demoLogin = Objects.requireNonNull(login, "login");
    }
}
