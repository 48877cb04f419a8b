package org.nstac.portal.terms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.shared.MemberDataSection;
import org.nstac.portal.terms.domain.TermsAcceptance;
import org.nstac.portal.shared.MemberRef;

/** "Download my data": every version of the engagement terms the member accepted, and when. */
@ApplicationScoped
public class TermsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "termsAccepted";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        em.createQuery("select a from TermsAcceptance a where a.memberRef = :m order by a.version", TermsAcceptance.class)
                .setParameter("m", new MemberRef(memberRef)).getResultList()
                .forEach(a -> accepted.add(Json.createObjectBuilder().add("version", a.getVersion())
                        .add("acceptedAt", a.getAcceptedAt().toString())));
        return accepted.build();
    }
}
