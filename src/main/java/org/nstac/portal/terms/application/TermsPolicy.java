package org.nstac.portal.terms.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.terms.domain.TermsRules;
import org.nstac.portal.terms.domain.TermsRules.Action;
import org.nstac.portal.terms.domain.TermsRules.Caller;

/** The caller as the terms see them, asked by the service for pages and API alike; a refusal is "not found". */
@RequestScoped
public class TermsPolicy {

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    public boolean may(Action action) {
        return user.isSignedIn() && TermsRules.allowsAny(callers(), action);
    }

    /** @throws NotFound when the rules do not grant the action to any of the caller's roles */
    public void require(Action action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** The calling member's reference, for their own acceptance and PDF. */
    public String self(Action action) {
        require(action);
        return member.requireRef();
    }

    public String actor() {
        return user.getName();
    }

    Set<Caller> callers() {
        Set<Caller> out = EnumSet.noneOf(Caller.class);
        for (Role role : user.getRoles()) {
            Arrays.stream(Caller.values()).filter(c -> c.name().equals(role.name())).forEach(out::add);
        }
        return out;
    }
}
