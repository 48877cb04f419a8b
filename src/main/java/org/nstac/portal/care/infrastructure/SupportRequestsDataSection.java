package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/** "Download my data": the member's requests for support and where each stood. */
@ApplicationScoped
public class SupportRequestsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "supportRequests";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT id, about, ref_id, urgency, note, state, created_at,"
                + " escalated_at, acknowledged_at, CASE WHEN reached_login IS NULL THEN 'SUPPORT_DUTY'"
                + " ELSE 'SUPPORT_PERSON' END FROM support_request WHERE member_ref = ? ORDER BY id")
                .setParameter(1, memberRef).getResultList(),
                "id", "about", "refId", "urgency", "note", "state", "askedAt", "escalatedAt", "acknowledgedAt",
                "reaches");
    }
}
