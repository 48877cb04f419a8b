package org.nstac.portal.member.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** Who may do what with members, for pages, API and services alike. */
@RequestScoped
public class MemberPolicy {

    @Inject
    CurrentUser user;

    public boolean mayAdmit() {
        return user.hasRole(Role.SECRETARIAT);
    }

    /** The list of pseudonyms: the people who organise the council's work. */
    public boolean mayListMembers() {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CUSTODIAN) || user.hasRole(Role.CHAIR);
    }

    /** A member's record (never the identity): the secretariat, the custodian, and the member themself. */
    public boolean mayRead(Member member) {
        return user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CUSTODIAN) || isSelf(member);
    }

    /** Only the identity custodian may open the vault; no other role, not even an administrator. */
    public boolean mayRevealIdentity() {
        return user.hasRole(Role.CUSTODIAN);
    }

    public boolean isSelf(Member member) {
        return user.hasRole(Role.MEMBER) && member.getLogin().equals(user.getName());
    }
}
