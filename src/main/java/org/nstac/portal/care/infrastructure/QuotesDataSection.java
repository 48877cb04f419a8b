package org.nstac.portal.care.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/**
 * "Download my data": every quote or photo the secretariat proposed to use, for what, and the member's decision. The
 * photo itself is named (its type), not embedded: the member sees it on their quotes page.
 */
@ApplicationScoped
public class QuotesDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        return JsonRows.of(em.createNativeQuery("SELECT id, quote_text, photo_type, purpose, publish_on, state,"
                + " proposed_at, decided_at, withdrawn_at FROM quote WHERE member_ref = ? ORDER BY id")
                .setParameter(1, memberRef).getResultList(), "id", "text", "photoType", "purpose", "publishOn",
                "state", "proposedAt", "decidedAt", "withdrawnAt");
    }
}
