package org.nstac.portal.consent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/**
 * "Download my data": the member's consent for each public event they accepted, with what they allowed there, the
 * wording shown in both of the council's languages, when given and when taken back.
 */
@ApplicationScoped
public class EventConsentsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "eventConsents";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT id, about, ref_id, title, event_on, appearance, photographs,"
                + " recording, wording_en, wording_sr, given_at, withdrawn_at FROM event_consent WHERE member_ref = ?"
                + " ORDER BY id").setParameter(1, memberRef).getResultList(),
                "id", "about", "refId", "title", "eventOn", "appearance", "photographs", "recording", "wordingEn",
                "wordingSr", "givenAt", "withdrawnAt");
    }
}
