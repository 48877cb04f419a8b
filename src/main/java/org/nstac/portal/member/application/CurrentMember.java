package org.nstac.portal.member.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;

/**
 * The member behind this request, looked up once per request. A portal account is bound to its Keycloak account
 * ({@code sub}): a member row linked to one Keycloak account is never served to another one with the same login (an
 * account deleted and made again under the same name gets nothing). Demo members, whose accounts the realm import
 * made, are bound at their first sign-in.
 */
@Named("currentMember")
@RequestScoped
public class CurrentMember implements MemberContext {

    @Inject
    CurrentUser user;

    @Inject
    Members members;

    private Optional<Member> member;

    /** The calling member (not withdrawn), if the caller is one. */
    public Optional<Member> member() {
        if (member == null) {
            member = lookUp();
        }
        return member;
    }

    @Override
    public Optional<String> ref() {
        return member().map(Member::getRef);
    }

    /** The calling member. @throws org.nstac.portal.shared.NotFound when the caller is not one */
    public Member require() {
        return member().orElseThrow(org.nstac.portal.shared.NotFound::new);
    }

    private Optional<Member> lookUp() {
        if (!user.isSignedIn() || !user.hasRole(Role.MEMBER)) {
            return Optional.empty();
        }
        Optional<Member> found = members.findByLogin(user.getName())
                .filter(m -> m.getStatus() != Participation.Status.WITHDRAWN);
        Optional<String> subject = user.getSubject();
        if (found.isEmpty() || subject.isEmpty()) {
            return found;
        }
        Member m = found.get();
        if (m.getKeycloakId() == null) {
            members.bindAccount(m.getRef(), subject.get());
            return members.findByRef(m.getRef());
        }
        return m.getKeycloakId().equals(subject.get()) ? found : Optional.empty();
    }
}
