package org.nstac.portal.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.organisation.domain.Organisation;

/** Reads and records organisations. */
@ApplicationScoped
public class Organisations implements org.nstac.portal.shared.Affiliations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.kind, o.nameEn", Organisation.class)
                .getResultList();
    }

    public Optional<Organisation> findByCode(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The organisation a ministry official acts for, by login handle; empty for anyone else. */
    @Override
    public Optional<String> organisationOf(String login) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                "SELECT organisation_code FROM organisation_official WHERE login = ?1").setParameter(1, login)
                .getResultList();
        return codes.stream().findFirst();
    }

    @Transactional
    public Organisation register(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }
}
