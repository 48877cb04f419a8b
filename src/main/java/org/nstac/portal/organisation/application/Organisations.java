package org.nstac.portal.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.organisation.domain.OfficialLogin;
import org.nstac.portal.organisation.domain.Organisation;
import org.nstac.portal.organisation.domain.OrganisationAction;
import org.nstac.portal.organisation.domain.OrganisationKind;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;

/**
 * The register of organisations and their officials. Reads for other features (which organisation an official acts
 * for, who acts for an organisation, what kind it is) ask no policy; keeping the register asks
 * {@link OrganisationPolicy} and is audited in its transaction.
 */
@ApplicationScoped
public class Organisations implements org.nstac.portal.shared.Affiliations {

    public static final String CODE_TAKEN = "organisation.code.taken";
    public static final String OFFICIAL_IS_MEMBER = "organisation.official.isMember";

    /** An organisation with the logins of its officials, as the register lists it. */
    public record Listed(Organisation organisation, List<String> officials) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganisationPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    MemberDirectory members;

    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.kind, o.nameEn", Organisation.class)
                .getResultList();
    }

    public Optional<Organisation> findByCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** What kind of organisation this code names; empty for an unknown code. */
    public Optional<OrganisationKind> kindOf(String code) {
        return findByCode(code).map(Organisation::getKind);
    }

    /** The organisation an official (of a ministry, an NGO or a union) acts for, by login handle; empty for anyone else. */
    @Override
    public Optional<String> organisationOf(String login) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                "SELECT organisation_code FROM organisation_official WHERE login = ?1").setParameter(1, login)
                .getResultList();
        return codes.stream().findFirst();
    }

    /** The logins of every official acting for an organisation (to tell them of their consultations). */
    @SuppressWarnings("unchecked")
    public List<String> officialsOf(String code) {
        return em.createNativeQuery("SELECT login FROM organisation_official WHERE organisation_code = ?1 "
                + "ORDER BY login").setParameter(1, code).getResultList();
    }

    /** Demo data and tests: adds an organisation as given, asking nobody. */
    @Transactional
    public Organisation register(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    /** The register with each organisation's officials, for the administrator and the secretariat. */
    @SuppressWarnings("unchecked")
    public List<Listed> listing() {
        policy.require(OrganisationAction.LIST);
        Map<String, List<String>> officials = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT organisation_code, login FROM "
                + "organisation_official ORDER BY login").getResultList()) {
            officials.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add((String) row[1]);
        }
        return all().stream().map(o -> new Listed(o, List.copyOf(officials.getOrDefault(o.getCode(), List.of()))))
                .toList();
    }

    /** One organisation of the register. @throws NotFound when it does not exist or the caller may not list */
    public Listed listed(long id) {
        return listing().stream().filter(l -> l.organisation().getId() == id).findFirst().orElseThrow(NotFound::new);
    }

    /**
     * Adds an organisation. @throws DomainRuleViolation for a bad code, kind or name, or a code already in use
     */
    @Transactional
    public Organisation register(String code, OrganisationKind kind, String nameEn, String nameSr) {
        policy.require(OrganisationAction.REGISTER);
        Organisation organisation = new Organisation(code == null ? null : code.strip(), kind, nameEn, nameSr);
        if (findByCode(organisation.getCode()).isPresent()) {
            throw new DomainRuleViolation(CODE_TAKEN);
        }
        em.persist(organisation);
        em.flush();
        audit.record(policy.actor(), "organisation.registered", "organisation:" + organisation.getCode(),
                "kind=" + kind);
        return organisation;
    }

    /** New names in both languages. */
    @Transactional
    public Organisation rename(long id, String nameEn, String nameSr) {
        policy.require(OrganisationAction.RENAME);
        Organisation organisation = find(id);
        organisation.rename(nameEn, nameSr);
        audit.record(policy.actor(), "organisation.renamed", "organisation:" + organisation.getCode(), null);
        return organisation;
    }

    /**
     * Links an official's login to this organisation. An official acts for exactly one organisation: a login linked
     * elsewhere moves here. A council member's login is refused: a member is never an official.
     */
    @Transactional
    public Listed link(long id, String login) {
        policy.require(OrganisationAction.LINK_OFFICIAL);
        Organisation organisation = find(id);
        String official = new OfficialLogin(login).value();
        if (members.refOfLogin(official).isPresent()) {
            throw new DomainRuleViolation(OFFICIAL_IS_MEMBER);
        }
        em.createNativeQuery("DELETE FROM organisation_official WHERE login = ?1").setParameter(1, official)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO organisation_official (login, organisation_code) VALUES (?1, ?2)")
                .setParameter(1, official).setParameter(2, organisation.getCode()).executeUpdate();
        audit.record(policy.actor(), "organisation.official.linked", "organisation:" + organisation.getCode(),
                "login=" + official);
        return listed(id);
    }

    /** Takes an official's link to this organisation away; they then see no organisation's consultations. */
    @Transactional
    public Listed unlink(long id, String login) {
        policy.require(OrganisationAction.LINK_OFFICIAL);
        Organisation organisation = find(id);
        String official = new OfficialLogin(login).value();
        int removed = em.createNativeQuery("DELETE FROM organisation_official WHERE login = ?1 AND "
                + "organisation_code = ?2").setParameter(1, official).setParameter(2, organisation.getCode())
                .executeUpdate();
        if (removed == 0) {
            throw new NotFound();
        }
        audit.record(policy.actor(), "organisation.official.unlinked", "organisation:" + organisation.getCode(),
                "login=" + official);
        return listed(id);
    }

    private Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new NotFound();
        }
        return organisation;
    }
}
