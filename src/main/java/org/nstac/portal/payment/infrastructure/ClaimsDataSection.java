package org.nstac.portal.payment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nstac.portal.platform.JsonRows;
import org.nstac.portal.shared.MemberDataSection;

/**
 * "Download my data": the member's claims (expenses and lost earnings) and which receipts are kept for them (type
 * and size; the files themselves the member downloads from their payments page).
 */
@ApplicationScoped
public class ClaimsDataSection implements MemberDataSection {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public JsonValue sectionFor(String memberRef) {
        var claims = em.createNativeQuery("SELECT id, activity, expense_kind, quantity, work_date, amount, currency,"
                + " description, created_at FROM payable WHERE member_ref = ? AND (source = 'EXPENSE'"
                + " OR activity = 'LOST_EARNINGS_DAY') ORDER BY id").setParameter(1, memberRef).getResultList();
        var receipts = em.createNativeQuery("SELECT r.payable_id, r.content_type, r.size_bytes FROM payment_receipt r"
                + " JOIN payable p ON p.id = r.payable_id WHERE p.member_ref = ? ORDER BY r.id")
                .setParameter(1, memberRef).getResultList();
        return Json.createObjectBuilder()
                .add("claims", JsonRows.of(claims, "payableId", "activity", "expenseKind", "quantity", "day",
                        "amount", "currency", "description", "claimedAt"))
                .add("receipts", JsonRows.of(receipts, "payableId", "contentType", "sizeBytes"))
                .build();
    }
}
