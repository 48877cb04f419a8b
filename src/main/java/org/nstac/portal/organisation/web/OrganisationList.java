package org.nstac.portal.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.organisation.domain.Organisation;

/** The administrator's list of organisations. */
@Named
@RequestScoped
public class OrganisationList {

    @Inject
    Organisations organisations;

    private List<Organisation> loaded;

    public List<Organisation> getOrganisations() {
        if (loaded == null) {
            loaded = organisations.all();
        }
        return loaded;
    }
}
