package org.nstac.portal.consultation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/** "Download my data": the member's stances on the council's positions (endorsed or dissented, and why). */
@ApplicationScoped
public class StancesDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "stances";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT s.consultation_id, k.title, s.endorsed, s.reason,"
                + " s.recorded_at FROM position_stance s JOIN consultation k ON k.id = s.consultation_id"
                + " WHERE s.member_ref = ? ORDER BY s.recorded_at").setParameter(1, memberRef).getResultList(),
                "consultationId", "consultation", "endorsed", "reason", "recordedAt");
    }
}
