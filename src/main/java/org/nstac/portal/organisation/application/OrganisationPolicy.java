package org.nstac.portal.organisation.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.organisation.domain.OrganisationAction;
import org.nstac.portal.organisation.domain.OrganisationRelation;
import org.nstac.portal.organisation.domain.OrganisationRules;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.NotFound;

/** The organisation feature's policy: how the caller stands to the register, and what {@link OrganisationRules} allow. */
@RequestScoped
public class OrganisationPolicy {

    @Inject
    CurrentUser user;

    public Set<OrganisationRelation> relations() {
        Set<OrganisationRelation> relations = EnumSet.noneOf(OrganisationRelation.class);
        if (user.hasRole(Role.ADMIN)) {
            relations.add(OrganisationRelation.ADMIN);
        }
        if (user.hasRole(Role.SECRETARIAT)) {
            relations.add(OrganisationRelation.SECRETARIAT);
        }
        if (relations.isEmpty()) {
            relations.add(OrganisationRelation.OTHER);
        }
        return relations;
    }

    public boolean may(OrganisationAction action) {
        return OrganisationRules.allowsAny(relations(), action);
    }

    /** @throws NotFound when the caller may not do this: to them, the register is not there */
    public void require(OrganisationAction action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    public String actor() {
        return user.getName();
    }
}
