package org.nstac.portal.learning.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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

    public boolean may(Action action) {
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
        return member.requireRef();
    }

    public String actor() {
        return user.getName();
    }
}
