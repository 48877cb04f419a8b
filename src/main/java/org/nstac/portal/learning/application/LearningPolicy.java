package org.nstac.portal.learning.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.learning.domain.LearningRules;
import org.nstac.portal.learning.domain.LearningRules.Action;
import org.nstac.portal.learning.domain.LearningRules.Caller;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/** The caller as learning sees them, asked by the service for pages and API alike; a refusal is "not found". */
@RequestScoped
public class LearningPolicy {

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    private String demoLogin;
    private String demoMemberRef;

    public boolean may(Action action) {
        if (demoLogin != null) {
            return LearningRules.allowsAny(EnumSet.of(demoMemberRef == null ? Caller.SECRETARIAT : Caller.MEMBER),
                    action);
        }
        if (!user.isSignedIn()) {
            return false;
        }
        Set<Caller> callers = EnumSet.noneOf(Caller.class);
        for (Role role : user.getRoles()) {
            Arrays.stream(Caller.values()).filter(c -> c.name().equals(role.name())).forEach(callers::add);
        }
        return LearningRules.allowsAny(callers, action);
    }

    /** @throws NotFound when no role of the caller is granted the action */
    public void require(Action action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** The calling member's reference, for their own offers and record. */
    public String self(Action action) {
        require(action);
        return demoLogin != null ? demoMemberRef : member.requireRef();
    }

    public String actor() {
        return demoLogin != null ? demoLogin : user.getName();
    }

    /**
     * Demo data only ({@code portal.demo-data=true}), seeded at startup where nobody is signed in: for the rest of this
     * request context the seeding acts as the secretariat ({@code memberRef} null) or as the demo member with that
     * reference. Refused in any other setting, so a production portal can never use it.
     */
    public void actForDemoData(String login, String memberRef) {
        if (!demoData) {
            throw new IllegalStateException("Only the demo data acts for someone, and there is none here");
        }
        demoLogin = Objects.requireNonNull(login, "login");
        demoMemberRef = memberRef;
    }
}
