package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/** "Download my data": the interests the member declared and the consultations they stepped aside from. */
@ApplicationScoped
public class InterestsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "interests";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return Json.createObjectBuilder()
                .add("declared", JsonRows.of(em.createNativeQuery("SELECT organisation, relation, declared_at FROM"
                        + " declared_interest WHERE member_ref = ? ORDER BY id").setParameter(1, memberRef)
                        .getResultList(), "organisation", "relation", "declaredAt"))
                .add("steppedAside", JsonRows.of(em.createNativeQuery("SELECT consultation_id, organisation,"
                        + " relation, recorded_at FROM interest_step_aside WHERE member_ref = ? ORDER BY id")
                        .setParameter(1, memberRef).getResultList(), "consultationId", "organisation", "relation",
                        "recordedAt"))
                .build();
    }
}
