package org.nstac.portal.care.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.care.domain.SupportAction;
import org.nstac.portal.care.domain.SupportRelation;
import org.nstac.portal.care.domain.SupportRules;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/**
 * The caller's relations to a support request (from the sign-in and the calling member), and {@link SupportRules}'
 * answer. A refusal is {@link NotFound}: nobody learns that a request exists.
 */
@RequestScoped
public class SupportPolicy {

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    public Set<SupportRelation> relationsTo(SupportRequestRecord r) {
        Set<SupportRelation> relations = EnumSet.noneOf(SupportRelation.class);
        if (!user.isSignedIn()) {
            return relations;
        }
        if (member.ref().filter(r.getMemberRef()::equals).isPresent()) {
            relations.add(SupportRelation.REQUESTER);
        }
        if (r.reachedLogin().map(user.getName()::equals)
                .orElseGet(() -> user.hasRole(Role.SECRETARIAT))) {
            relations.add(SupportRelation.REACHED);
        }
        if (r.getEscalatedAt() != null && user.hasRole(Role.CHAIR)) {
            relations.add(SupportRelation.CHAIR_ESCALATED);
        }
        return relations;
    }

    /** @throws NotFound unless the caller may */
    public void require(SupportAction action, SupportRequestRecord r) {
        if (!SupportRules.allows(action, relationsTo(r))) {
            throw new NotFound();
        }
    }

    public String actor() {
        return user.getName();
    }

    /** Whether the caller stands on the secretariat's support duty (holds the secretariat role). */
    public boolean onDuty() {
        return user.isSignedIn() && user.hasRole(Role.SECRETARIAT);
    }

    public boolean isChair() {
        return user.isSignedIn() && user.hasRole(Role.CHAIR);
    }

    public boolean isSignedIn() {
        return user.isSignedIn();
    }
}
