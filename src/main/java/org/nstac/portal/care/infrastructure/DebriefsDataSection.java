package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/** "Download my data": the debriefs offered to the member after sensitive work, and their answers. */
@ApplicationScoped
public class DebriefsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "debriefs";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT id, about, ref_id, title, state, offered_at, decided_at,"
                + " CASE WHEN support_login IS NULL THEN 'SUPPORT_DUTY' ELSE 'SUPPORT_PERSON' END FROM debrief"
                + " WHERE member_ref = ? ORDER BY id").setParameter(1, memberRef).getResultList(),
                "id", "about", "refId", "title", "state", "offeredAt", "decidedAt", "with");
    }
}
