package org.nstac.portal.member.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.domain.MemberRelation;
import org.nstac.portal.member.domain.MemberRules;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.NotFound;

/**
 * The member feature's policy: who is asking, how they stand to members (and to one member's record), and whether
 * {@link MemberRules} lets them. The application services ask it for pages and API alike; what it refuses is "not
 * found". "Self" is the member {@link CurrentMember} found for this request (bound to the Keycloak account), never a
 * name the caller typed.
 */
@RequestScoped
public class MemberPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CurrentMember current;

    /** How the caller stands to members in general. */
    public Set<MemberRelation> relations() {
        Set<MemberRelation> relations = EnumSet.noneOf(MemberRelation.class);
        if (user.hasRole(Role.SECRETARIAT)) {
            relations.add(MemberRelation.SECRETARIAT);
        }
        if (user.hasRole(Role.CUSTODIAN)) {
            relations.add(MemberRelation.CUSTODIAN);
        }
        if (user.hasRole(Role.CHAIR)) {
            relations.add(MemberRelation.CHAIR);
        }
        if (current.ref().isPresent()) {
            relations.add(MemberRelation.MEMBER);
        }
        return relations;
    }

    /** How the caller stands to one member's record: as above, and as that member. */
    public Set<MemberRelation> relationsTo(String memberRef) {
        Set<MemberRelation> relations = relations();
        if (memberRef != null && current.ref().filter(memberRef::equals).isPresent()) {
            relations.add(MemberRelation.SELF);
        }
        return relations;
    }

    public boolean may(MemberAction action) {
        return MemberRules.allowsAny(relations(), action);
    }

    public boolean may(MemberAction action, String memberRef) {
        return MemberRules.allowsAny(relationsTo(memberRef), action);
    }

    /** @throws NotFound when the caller may not do this */
    public void require(MemberAction action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** @throws NotFound when the caller may not do this with this member's record */
    public void require(MemberAction action, String memberRef) {
        if (!may(action, memberRef)) {
            throw new NotFound();
        }
    }

    /** The signed-in person's name, for the audit trail. */
    public String actor() {
        return user.getName();
    }
}
