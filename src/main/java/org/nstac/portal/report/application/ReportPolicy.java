package org.nstac.portal.report.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.report.domain.ReportRules;
import org.nstac.portal.report.domain.ReportRules.Action;
import org.nstac.portal.report.domain.ReportRules.Caller;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/** The caller as the annual report sees them, asked by the service for pages and API alike; a refusal is 404. */
@RequestScoped
public class ReportPolicy {

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    Set<Caller> callers() {
        Set<Caller> callers = EnumSet.of(Caller.ANONYMOUS);
        if (!user.isSignedIn()) {
            return callers;
        }
        callers.clear();
        for (Role role : user.getRoles()) {
            Arrays.stream(Caller.values()).filter(c -> c.name().equals(role.name())).forEach(callers::add);
        }
        return callers;
    }

    public boolean may(Action action) {
        return ReportRules.allowsAny(callers(), action);
    }

    /** @throws NotFound when no role of the caller is granted the action */
    public void require(Action action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** The calling member's reference (for a stance), or 404 when the caller is not a member. */
    public String memberRef() {
        return member.requireRef();
    }

    /** The calling member's reference if the caller is one. */
    public java.util.Optional<String> memberRefIfAny() {
        return user.isSignedIn() ? member.ref() : java.util.Optional.empty();
    }

    public String actor() {
        return user.getName();
    }
}
