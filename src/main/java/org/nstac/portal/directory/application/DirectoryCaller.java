package org.nstac.portal.directory.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.directory.domain.DirectoryPolicy.Visitor;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** The person behind this request, as the directory sees them: their relations to it, and a login for the audit. */
@RequestScoped
public class DirectoryCaller {

    @Inject
    CurrentUser user;

    private Set<Visitor> visitors;

    /** {@code ANONYMOUS} for a visitor who is not signed in; else one relation per realm role held. */
    public Set<Visitor> visitors() {
        if (visitors == null) {
            visitors = of(user.isSignedIn(), user.getRoles());
        }
        return visitors;
    }

    /** The login, for the audit trail (only a signed-in person can change anything). */
    public String login() {
        return user.getName();
    }

    static Set<Visitor> of(boolean signedIn, Iterable<Role> roles) {
        Set<Visitor> result = EnumSet.noneOf(Visitor.class);
        if (!signedIn) {
            result.add(Visitor.ANONYMOUS);
            return result;
        }
        for (Role role : roles) {
            // A role the directory does not know (added to the realm later) grants nothing here: it reads, as anyone.
            Arrays.stream(Visitor.values()).filter(v -> v.name().equals(role.name())).forEach(result::add);
        }
        if (result.isEmpty()) {
            result.add(Visitor.ANONYMOUS);
        }
        return result;
    }
}
