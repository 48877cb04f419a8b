package org.nstac.portal.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.ToDos;

/** The administrator's consent texts: how many purposes have a text in force, and how many have none yet. */
@ApplicationScoped
public class ConsentToDos implements ToDos {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<ToDo> on(String area) {
        if (!"admin".equals(area)) {
            return List.of();
        }
        long withText = em.createQuery("select count(distinct t.purpose) from ConsentText t", Long.class)
                .getSingleResult();
        return List.of(
                ToDo.of("consent-texts", 20, "todo.admin.consentTexts", withText, "/admin/consents", false),
                ToDo.of("consent-missing", 21, "todo.admin.consentMissing",
                        ConsentPurpose.values().length - withText, "/admin/consents", true));
    }
}
