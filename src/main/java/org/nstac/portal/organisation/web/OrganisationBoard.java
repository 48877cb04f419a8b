package org.nstac.portal.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.organisation.domain.OrganisationKind;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The administrator's register of organisations ({@code /admin/organisations}): the list with each organisation's
 * officials, a form to add an organisation, and one to link an official's login to an organisation. Read once per
 * view and again after each change; what was typed stays when a rule refuses it.
 */
@Named
@ViewScoped
public class OrganisationBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    FacesMessages messages;

    private String code;
    private OrganisationKind kind = OrganisationKind.NGO;
    private String nameEn;
    private String nameSr;
    private Long linkTo;
    private String login;

    private transient List<Organisations.Listed> listed;

    public List<Organisations.Listed> getListed() {
        if (listed == null) {
            listed = organisations.listing();
        }
        return listed;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public void register() {
        try {
            organisations.register(code, kind, nameEn, nameSr);
            messages.info("admin.organisations.registered");
            code = null;
            nameEn = null;
            nameSr = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        listed = null;
    }

    public void link() {
        try {
            if (linkTo == null) {
                throw new DomainRuleViolation("admin.organisations.chooseOrganisation");
            }
            organisations.link(linkTo, login);
            messages.info("admin.organisations.linked");
            login = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        listed = null;
    }

    public void unlink(long id, String official) {
        try {
            organisations.unlink(id, official);
            messages.info("admin.organisations.unlinked");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        listed = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameSr() {
        return nameSr;
    }

    public void setNameSr(String nameSr) {
        this.nameSr = nameSr;
    }

    public Long getLinkTo() {
        return linkTo;
    }

    public void setLinkTo(Long linkTo) {
        this.linkTo = linkTo;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
